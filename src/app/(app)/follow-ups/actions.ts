"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addNoteSchema, FOLLOW_UP_STATUSES, updateFollowUpSchema } from "@/lib/schemas/follow-up";
import { idSchema } from "@/lib/schemas/common";
import { memberAction } from "@/server/auth/action-client";
import type { MemberContext } from "@/server/auth/session";
import { db } from "@/server/db";
import { addFollowUpNote, updateFollowUp } from "@/server/follow-ups/update-follow-up";

const PERMISSION = "followups:work" as const;
const actorOf = (member: MemberContext) => ({ userId: member.userId, role: member.role, teamId: member.teamId });
const refresh = (followUpId: string) => {
  revalidatePath(`/follow-ups/${followUpId}`);
  revalidatePath("/follow-ups");
};

/** "Take it": the member becomes the owner. */
export const takeFollowUpAction = memberAction({ permission: PERMISSION, schema: z.strictObject({ followUpId: idSchema }) }, async ({ followUpId }, member) => {
  await updateFollowUp(db, { orgId: member.orgId, actor: actorOf(member), followUpId, input: { ownerId: member.userId } });
  refresh(followUpId);
  return { ok: true, message: "You own this follow-up now" };
});

/** Assign (or, with the empty choice, unassign) an owner. */
export const assignFollowUpAction = memberAction(
  { permission: PERMISSION, schema: z.strictObject({ followUpId: idSchema, ownerId: z.preprocess((v) => (v === "" ? null : v), idSchema.nullable()) }) },
  async ({ followUpId, ownerId }, member) => {
    const updated = await updateFollowUp(db, { orgId: member.orgId, actor: actorOf(member), followUpId, input: { ownerId } });
    refresh(followUpId);
    return { ok: true, message: updated.ownerName ? `Assigned to ${updated.ownerName}` : "Nobody owns this follow-up now" };
  },
);

const STATUS_MESSAGES = { OPEN: "Reopened", IN_PROGRESS: "Marked as in progress", CLOSED: "Closed: the loop is closed" } as const;

/** Status changes; closing carries the outcome (the same rule as the API's PATCH). */
export const changeFollowUpStatusAction = memberAction(
  {
    permission: PERMISSION,
    schema: z.strictObject({
      followUpId: idSchema,
      status: z.enum(FOLLOW_UP_STATUSES),
      outcome: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), updateFollowUpSchema.shape.outcome),
    }).refine((input) => input.status !== "CLOSED" || input.outcome !== undefined, {
      message: "Write the outcome: what was done for the customer",
      path: ["outcome"],
    }),
  },
  async ({ followUpId, status, outcome }, member) => {
    await updateFollowUp(db, { orgId: member.orgId, actor: actorOf(member), followUpId, input: { status, ...(status === "CLOSED" ? { outcome } : {}) } });
    refresh(followUpId);
    return { ok: true, message: STATUS_MESSAGES[status] };
  },
);

export const addFollowUpNoteAction = memberAction({ permission: PERMISSION, schema: addNoteSchema.extend({ followUpId: idSchema }) }, async ({ followUpId, body }, member) => {
  await addFollowUpNote(db, { orgId: member.orgId, actor: actorOf(member), followUpId, input: { body } });
  refresh(followUpId);
  return { ok: true, message: "Note added" };
});
