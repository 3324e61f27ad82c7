/** Touchpoints on a stage: add (appended), update, delete (renumbering the rest). */
import { notFound } from "@/lib/errors";
import { updateTouchpointSchema, type TouchpointDto, type TouchpointInput } from "@/lib/schemas/journey";
import type { z } from "zod";
import type { Db, DbOrTx } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { assertTeamInOrg, findStageRef, renumber, toTouchpointDto, touchpointSelect } from "./journey-dto";

type UpdateTouchpointInput = z.infer<typeof updateTouchpointSchema>;

async function findTouchpoint(db: DbOrTx, orgId: string, touchpointId: string) {
  const touchpoint = await db.touchpoint.findFirst({ where: { id: touchpointId, orgId }, select: { id: true, stageId: true, name: true } });
  if (!touchpoint) throw notFound("Touchpoint");
  return touchpoint;
}

export async function addTouchpoint(
  db: Db,
  { orgId, stageId, actor, input }: { orgId: string; stageId: string; actor: AuditActor; input: TouchpointInput },
): Promise<TouchpointDto> {
  return db.$transaction(async (tx) => {
    await findStageRef(tx, { orgId, stageId });
    if (input.ownerTeamId) await assertTeamInOrg(tx, orgId, input.ownerTeamId);
    await tx.$executeRaw`SELECT 1 FROM "JourneyStage" WHERE "id" = ${stageId} FOR UPDATE`;
    const position = await tx.touchpoint.count({ where: { stageId } });
    const touchpoint = await tx.touchpoint.create({ data: { orgId, stageId, position, ...input }, select: touchpointSelect });
    await recordAudit(tx, { orgId, actor, action: "journey.touchpoint.create", targetType: "Touchpoint", targetId: touchpoint.id, metadata: { stageId, name: input.name } });
    return toTouchpointDto(touchpoint);
  });
}

export async function updateTouchpoint(
  db: Db,
  { orgId, touchpointId, actor, input }: { orgId: string; touchpointId: string; actor: AuditActor; input: UpdateTouchpointInput },
): Promise<TouchpointDto> {
  return db.$transaction(async (tx) => {
    await findTouchpoint(tx, orgId, touchpointId);
    if (input.ownerTeamId) await assertTeamInOrg(tx, orgId, input.ownerTeamId);
    const data = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const touchpoint = await tx.touchpoint.update({ where: { id: touchpointId }, data, select: touchpointSelect });
    await recordAudit(tx, { orgId, actor, action: "journey.touchpoint.update", targetType: "Touchpoint", targetId: touchpointId, metadata: { fields: Object.keys(data) } });
    return toTouchpointDto(touchpoint);
  });
}

export async function deleteTouchpoint(db: Db, { orgId, touchpointId, actor }: { orgId: string; touchpointId: string; actor: AuditActor }): Promise<void> {
  await db.$transaction(async (tx) => {
    const touchpoint = await findTouchpoint(tx, orgId, touchpointId);
    await tx.touchpoint.delete({ where: { id: touchpointId } });
    const rest = await tx.touchpoint.findMany({ where: { stageId: touchpoint.stageId }, select: { id: true, position: true }, orderBy: [{ position: "asc" }, { id: "asc" }] });
    await renumber(tx, "touchpoint", rest);
    await recordAudit(tx, { orgId, actor, action: "journey.touchpoint.delete", targetType: "Touchpoint", targetId: touchpointId, metadata: { stageId: touchpoint.stageId, name: touchpoint.name } });
  });
}
