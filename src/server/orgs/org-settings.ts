import type { OrgSettingsInput } from "@/lib/schemas/org";
import { notFound } from "@/lib/errors";
import type { Db } from "../prisma-client";
import { recordAudit } from "../audit/record-audit";

const settingsSelect = { id: true, name: true, anonymityThreshold: true, minCxResponses: true, cxMission: true } as const;

export async function getOrgSettings(db: Db, { orgId }: { orgId: string }) {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: settingsSelect });
  if (!org) throw notFound("Organization");
  return org;
}

export async function updateOrgSettings(db: Db, { orgId, actorUserId, input }: { orgId: string; actorUserId: string; input: OrgSettingsInput }) {
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: orgId }, select: settingsSelect });
    if (!before) throw notFound("Organization");
    const after = await tx.organization.update({ where: { id: orgId }, data: input, select: settingsSelect });
    await recordAudit(tx, {
      orgId,
      actor: { userId: actorUserId },
      action: "org.update",
      targetType: "Organization",
      targetId: orgId,
      metadata: { before: { ...before }, after: { ...after } },
    });
    return after;
  });
}
