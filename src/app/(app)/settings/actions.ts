"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema, nameSchema } from "@/lib/schemas/common";
import { createApiKeySchema, inviteSchema, orgSettingsSchema, updateMemberSchema } from "@/lib/schemas/org";
import { createTeamSchema } from "@/lib/schemas/team";
import { memberAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { createApiKey, revokeApiKey } from "@/server/api-keys/api-keys";
import { createInvitation, revokeInvitation } from "@/server/members/invitations";
import { removeMember, updateMember } from "@/server/members/members";
import { updateOrgSettings } from "@/server/orgs/org-settings";
import { createTeam, deleteTeam, updateTeam } from "@/server/teams/teams";

const emptyToNull = z.union([idSchema, z.literal("").transform(() => null)]);

export const saveOrgSettings = memberAction({ permission: "org:update", schema: orgSettingsSchema }, async (input, member) => {
  await updateOrgSettings(db, { orgId: member.orgId, actorUserId: member.userId, input });
  revalidatePath("/", "layout");
  return { ok: true, message: "Settings saved" };
});

export const addTeam = memberAction(
  { permission: "teams:manage", schema: createTeamSchema.extend({ parentId: emptyToNull.optional() }) },
  async (input, member) => {
    const team = await createTeam(db, { orgId: member.orgId, actor: { userId: member.userId }, input });
    revalidatePath("/settings/teams");
    return { ok: true, message: `Team “${team.name}” created` };
  },
);

export const editTeam = memberAction(
  { permission: "teams:manage", schema: z.strictObject({ teamId: idSchema, name: nameSchema.optional(), parentId: emptyToNull.optional() }) },
  async ({ teamId, name, parentId }, member) => {
    await updateTeam(db, { orgId: member.orgId, teamId, actor: { userId: member.userId }, input: { name, parentId } });
    revalidatePath("/settings/teams");
    return { ok: true, message: "Team saved" };
  },
);

export const removeTeam = memberAction({ permission: "teams:manage", schema: z.strictObject({ teamId: idSchema }) }, async ({ teamId }, member) => {
  await deleteTeam(db, { orgId: member.orgId, teamId, actor: { userId: member.userId } });
  revalidatePath("/settings/teams");
  return { ok: true, message: "Team deleted" };
});

export const inviteMember = memberAction({ permission: "members:manage", schema: inviteSchema }, async (input, member) => {
  const invitation = await createInvitation(db, { orgId: member.orgId, actorUserId: member.userId, actorRole: member.role, input });
  revalidatePath("/settings/members");
  return { ok: true, message: "Invitation created. Copy the link and send it to the person.", data: { token: invitation.token } };
});

export const cancelInvitation = memberAction({ permission: "members:manage", schema: z.strictObject({ invitationId: idSchema }) }, async ({ invitationId }, member) => {
  await revokeInvitation(db, { orgId: member.orgId, actorUserId: member.userId, invitationId });
  revalidatePath("/settings/members");
  return { ok: true, message: "Invitation revoked" };
});

export const changeMember = memberAction({ permission: "members:manage", schema: updateMemberSchema }, async (input, member) => {
  await updateMember(db, { orgId: member.orgId, actorUserId: member.userId, actorRole: member.role, input });
  revalidatePath("/settings/members");
  return { ok: true, message: "Member updated" };
});

export const dropMember = memberAction({ permission: "members:manage", schema: z.strictObject({ membershipId: idSchema }) }, async ({ membershipId }, member) => {
  await removeMember(db, { orgId: member.orgId, actorUserId: member.userId, actorRole: member.role, membershipId });
  revalidatePath("/settings/members");
  return { ok: true, message: "Member removed" };
});

export const addApiKey = memberAction({ permission: "apikeys:manage", schema: createApiKeySchema }, async ({ name }, member) => {
  const key = await createApiKey(db, { orgId: member.orgId, actor: { userId: member.userId }, name });
  revalidatePath("/settings/api-keys");
  return { ok: true, message: "Copy this key now: it won't be shown again.", data: { key: key.key } };
});

export const dropApiKey = memberAction({ permission: "apikeys:manage", schema: z.strictObject({ apiKeyId: idSchema }) }, async ({ apiKeyId }, member) => {
  await revokeApiKey(db, { orgId: member.orgId, actor: { userId: member.userId }, apiKeyId });
  revalidatePath("/settings/api-keys");
  return { ok: true, message: "API key revoked" };
});
