/**
 * Replaces a survey's question list without ever changing what an existing answer answered
 * (docs/decisions/007-survey-builder-and-versioning.md):
 * - an answered question whose wording, type, scale or choices change is archived and a new
 *   version takes its place (replacesId = the old id, same position), so its answers keep
 *   pointing at the exact question they answered;
 * - an answered question left out of the list is archived, not deleted;
 * - unanswered questions are edited or deleted in place; positions always follow the list.
 */
import { AppError, type ErrorIssue } from "@/lib/errors";
import { HEADLINE_TYPE, type Metric, type Question } from "@/lib/schemas/survey";
import type { Tx } from "../prisma-client";
import { changesMeaning, questionColumns } from "./question-data";

export type UpdateSurveyQuestionsOptions = {
  orgId: string;
  surveyId: string;
  metric: Metric;
  /** The full ordered list, validated by questionListSchema; existing questions carry their id. */
  questions: Question[];
  now: Date;
};

export type QuestionChanges = { added: number; edited: number; versioned: number; deleted: number; archived: number };

async function loadLiveQuestions(tx: Tx, orgId: string, surveyId: string) {
  // FOR UPDATE conflicts with the key-share lock an Answer insert takes on its question, so
  // no question can gain its first answer between the count below and the edit that relies on it.
  await tx.$queryRaw`
    SELECT "id" FROM "Question"
    WHERE "surveyId" = ${surveyId} AND "orgId" = ${orgId} AND "archivedAt" IS NULL
    ORDER BY "id" FOR UPDATE`;
  const live = await tx.question.findMany({
    where: { surveyId, orgId, archivedAt: null },
    select: { id: true, type: true, prompt: true, scaleMin: true, scaleMax: true, options: true, required: true, isHeadline: true, position: true },
  });
  const counts = await tx.answer.groupBy({ by: ["questionId"], where: { orgId, questionId: { in: live.map((q) => q.id) } }, _count: { _all: true } });
  const answered = new Set(counts.filter((c) => c._count._all > 0).map((c) => c.questionId));
  return { live: new Map(live.map((q) => [q.id, q])), answered };
}

type LiveQuestion = Awaited<ReturnType<typeof loadLiveQuestions>>["live"] extends Map<string, infer Q> ? Q : never;

function checkAgainstSurvey(questions: Question[], live: Map<string, LiveQuestion>, metric: Metric): void {
  const issues: ErrorIssue[] = [];
  const headline = [...live.values()].find((q) => q.isHeadline);
  questions.forEach((q, i) => {
    if (q.id && !live.has(q.id)) issues.push({ path: ["questions", i, "id"], message: "Not a question of this survey" });
    if (q.isHeadline && headline && q.id !== headline.id) {
      issues.push({ path: ["questions", i, "isHeadline"], message: "The headline question can't be replaced; edit it, keeping its id" });
    }
    if (q.isHeadline && q.type !== HEADLINE_TYPE[metric]) {
      issues.push({ path: ["questions", i, "type"], message: `The headline of a ${metric} survey is a ${HEADLINE_TYPE[metric]} question` });
    }
    if (!q.isHeadline && q.id && q.id === headline?.id) issues.push({ path: ["questions", i, "isHeadline"], message: "The headline question stays the headline" });
  });
  if (headline && !questions.some((q) => q.id === headline.id)) issues.push({ path: ["questions"], message: "The headline question can't be removed" });
  if (issues.length) throw new AppError("validation_failed", "Invalid questions", issues);
}

/** Runs inside the caller's transaction, which must hold the survey's lock (./lock-survey.ts). */
export async function updateSurveyQuestions(tx: Tx, { orgId, surveyId, metric, questions, now }: UpdateSurveyQuestionsOptions): Promise<QuestionChanges> {
  const { live, answered } = await loadLiveQuestions(tx, orgId, surveyId);
  checkAgainstSurvey(questions, live, metric);
  const changes: QuestionChanges = { added: 0, edited: 0, versioned: 0, deleted: 0, archived: 0 };

  const kept = new Set(questions.flatMap((q) => (q.id ? [q.id] : [])));
  const removed = [...live.keys()].filter((id) => !kept.has(id));
  const toArchive = removed.filter((id) => answered.has(id));
  const toDelete = removed.filter((id) => !answered.has(id));
  if (toArchive.length) changes.archived = (await tx.question.updateMany({ where: { orgId, id: { in: toArchive } }, data: { archivedAt: now } })).count;
  if (toDelete.length) changes.deleted = (await tx.question.deleteMany({ where: { orgId, id: { in: toDelete } } })).count;

  for (const [position, q] of questions.entries()) {
    const stored = q.id ? live.get(q.id) : undefined;
    if (!stored) {
      await tx.question.create({ data: { orgId, surveyId, ...questionColumns(q, position) } });
      changes.added++;
    } else if (answered.has(stored.id) && changesMeaning(stored, q)) {
      await tx.question.update({ where: { id: stored.id, orgId }, data: { archivedAt: now } });
      const next = await tx.question.create({ data: { orgId, surveyId, replacesId: stored.id, ...questionColumns(q, position) }, select: { id: true } });
      await carryStageLinks(tx, orgId, stored.id, next.id);
      changes.versioned++;
    } else if (changesMeaning(stored, q) || stored.required !== q.required || stored.position !== position) {
      await tx.question.update({ where: { id: stored.id, orgId }, data: questionColumns(q, position) });
      changes.edited++;
    }
  }
  return changes;
}

/**
 * A journey stage measured by a question goes on being measured by its new version; the old
 * link stays, so the earlier answers still count for the stage.
 */
async function carryStageLinks(tx: Tx, orgId: string, fromId: string, toId: string): Promise<void> {
  const links = await tx.stageQuestion.findMany({ where: { orgId, questionId: fromId }, select: { stageId: true } });
  if (links.length) await tx.stageQuestion.createMany({ data: links.map((l) => ({ orgId, stageId: l.stageId, questionId: toId })), skipDuplicates: true });
}
