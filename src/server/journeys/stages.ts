/**
 * Stages of a journey: add (appended), update, delete and move, keeping positions 0..n−1.
 */
import { notFound } from "@/lib/errors";
import type { StageDto, StageInput, UpdateStageInput } from "@/lib/schemas/journey";
import type { Db, DbOrTx } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { findStageRef, loadStage, renumber } from "./journey-dto";

type StageOptions = { orgId: string; stageId: string; actor: AuditActor };

const siblings = (db: DbOrTx, journeyId: string) =>
  db.journeyStage.findMany({ where: { journeyId }, select: { id: true, position: true }, orderBy: [{ position: "asc" }, { id: "asc" }] });

export async function addStage(
  db: Db,
  { orgId, journeyId, actor, input }: { orgId: string; journeyId: string; actor: AuditActor; input: StageInput },
): Promise<StageDto> {
  return db.$transaction(async (tx) => {
    const journey = await tx.journey.findFirst({ where: { id: journeyId, orgId }, select: { id: true } });
    if (!journey) throw notFound("Journey");
    // Lock the journey row so two concurrent appends can't take the same position.
    await tx.$executeRaw`SELECT 1 FROM "Journey" WHERE "id" = ${journeyId} FOR UPDATE`;
    const position = await tx.journeyStage.count({ where: { journeyId } });
    const stage = await tx.journeyStage.create({ data: { orgId, journeyId, position, ...input }, select: { id: true } });
    await recordAudit(tx, { orgId, actor, action: "journey.stage.create", targetType: "JourneyStage", targetId: stage.id, metadata: { journeyId, name: input.name } });
    return loadStage(tx, { orgId, stageId: stage.id });
  });
}

export async function updateStage(db: Db, { orgId, stageId, actor, input }: StageOptions & { input: UpdateStageInput }): Promise<StageDto> {
  return db.$transaction(async (tx) => {
    await findStageRef(tx, { orgId, stageId });
    const data = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await tx.journeyStage.update({ where: { id: stageId }, data });
    await recordAudit(tx, { orgId, actor, action: "journey.stage.update", targetType: "JourneyStage", targetId: stageId, metadata: { fields: Object.keys(data) } });
    return loadStage(tx, { orgId, stageId });
  });
}

export async function deleteStage(db: Db, { orgId, stageId, actor }: StageOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const stage = await findStageRef(tx, { orgId, stageId });
    await tx.$executeRaw`SELECT 1 FROM "Journey" WHERE "id" = ${stage.journeyId} FOR UPDATE`;
    await tx.journeyStage.delete({ where: { id: stageId } });
    await renumber(tx, "journeyStage", await siblings(tx, stage.journeyId));
    await recordAudit(tx, { orgId, actor, action: "journey.stage.delete", targetType: "JourneyStage", targetId: stageId, metadata: { journeyId: stage.journeyId, name: stage.name } });
  });
}

/** Moves a stage to a 0-based position (clamped to the last), shifting the others. */
export async function moveStage(db: Db, { orgId, stageId, actor, position }: StageOptions & { position: number }): Promise<StageDto> {
  return db.$transaction(async (tx) => {
    const stage = await findStageRef(tx, { orgId, stageId });
    await tx.$executeRaw`SELECT 1 FROM "Journey" WHERE "id" = ${stage.journeyId} FOR UPDATE`;
    const rows = await siblings(tx, stage.journeyId);
    const from = rows.findIndex((r) => r.id === stageId);
    const [moved] = rows.splice(from, 1);
    const to = Math.min(position, rows.length);
    if (moved) rows.splice(to, 0, moved);
    await renumber(tx, "journeyStage", rows);
    await recordAudit(tx, { orgId, actor, action: "journey.stage.move", targetType: "JourneyStage", targetId: stageId, metadata: { from, to } });
    return loadStage(tx, { orgId, stageId });
  });
}
