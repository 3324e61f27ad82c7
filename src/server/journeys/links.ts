/**
 * A stage's links: ↔ the survey questions that measure it, and a customer stage → the
 * employee stage that serves it. Links stay within the organization.
 */
import { AppError } from "@/lib/errors";
import type { StageDto } from "@/lib/schemas/journey";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { findStageRef, loadStage } from "./journey-dto";

type StageOptions = { orgId: string; stageId: string; actor: AuditActor };
type LinkOptions = { orgId: string; stageId: string; actor: AuditActor; questionId: string };

/** Idempotent: linking an already linked question changes nothing and records nothing. */
export async function linkStageQuestion(db: Db, { orgId, stageId, actor, questionId }: LinkOptions): Promise<StageDto> {
  return db.$transaction(async (tx) => {
    await findStageRef(tx, { orgId, stageId });
    // Another organization's question is as unknown as a missing one: a 400 on the input.
    const question = await tx.question.findFirst({ where: { id: questionId, orgId, archivedAt: null }, select: { id: true } });
    if (!question) throw new AppError("validation_failed", "Question not found", [{ path: ["questionId"], message: "No such question (or archived)" }]);
    const created = await tx.stageQuestion.createMany({ data: [{ stageId, questionId, orgId }], skipDuplicates: true });
    if (created.count > 0) {
      await recordAudit(tx, { orgId, actor, action: "journey.stage.link_question", targetType: "JourneyStage", targetId: stageId, metadata: { questionId } });
    }
    return loadStage(tx, { orgId, stageId });
  });
}

export async function unlinkStageQuestion(db: Db, { orgId, stageId, actor, questionId }: LinkOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    await findStageRef(tx, { orgId, stageId });
    const removed = await tx.stageQuestion.deleteMany({ where: { stageId, questionId, orgId } });
    if (removed.count > 0) {
      await recordAudit(tx, { orgId, actor, action: "journey.stage.unlink_question", targetType: "JourneyStage", targetId: stageId, metadata: { questionId } });
    }
  });
}

/**
 * Only a CUSTOMER journey's stage may be served by a stage, and only by an EMPLOYEE
 * journey's stage of the same organization; null unlinks. Anything else is a 400, so a
 * foreign stage id is indistinguishable from a missing one.
 */
export async function setServedByStage(
  db: Db,
  { orgId, stageId, actor, servedByStageId }: StageOptions & { servedByStageId: string | null },
): Promise<StageDto> {
  return db.$transaction(async (tx) => {
    const stage = await findStageRef(tx, { orgId, stageId });
    const invalid = (message: string) => new AppError("validation_failed", message, [{ path: ["servedByStageId"], message }]);
    if (servedByStageId !== null) {
      if (stage.journey.kind !== "CUSTOMER") throw invalid("Only a customer journey's stage can be served by an employee stage");
      const target = await tx.journeyStage.findFirst({ where: { id: servedByStageId, orgId }, select: { journey: { select: { kind: true } } } });
      if (!target) throw invalid("No such stage");
      if (target.journey.kind !== "EMPLOYEE") throw invalid("The serving stage must belong to an employee journey");
    }
    await tx.journeyStage.update({ where: { id: stageId }, data: { servedByStageId } });
    await recordAudit(tx, { orgId, actor, action: "journey.stage.served_by", targetType: "JourneyStage", targetId: stageId, metadata: { servedByStageId } });
    return loadStage(tx, { orgId, stageId });
  });
}
