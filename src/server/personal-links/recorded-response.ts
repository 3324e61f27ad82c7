/**
 * Writes on a personal link's response once it exists: locking the link, replacing the
 * answers, and moving the headline score between histogram buckets, all inside the caller's
 * transaction so DailyRollup stays equal to a GROUP BY over Response
 * (src/server/responses/update-rollups.ts).
 */
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { CheckedAnswer } from "@/lib/schemas/answer";
import type { Tx } from "../prisma-client";
import { responseSummary } from "../answering/store-response";
import { openFollowUps } from "../follow-ups/open-follow-ups";
import { utcDay } from "../responses/prepare-responses";
import { addToDailyRollups } from "../responses/update-rollups";

export const LINK_NOT_FOUND_MESSAGE = "This link has expired or the survey is closed. Thank you for wanting to tell us how we did.";

/**
 * The link's row, locked until the transaction ends: two tabs submitting at once (or a click
 * racing a submit) take turns, and the second one sees what the first one wrote.
 */
export async function lockPersonalLink(tx: Tx, { orgId, distributionId }: { orgId: string; distributionId: string }) {
  const rows = await tx.$queryRaw<{ usedAt: Date | null; expiresAt: Date | null }[]>`
    SELECT "usedAt", "expiresAt" FROM "Distribution" WHERE "id" = ${distributionId} AND "orgId" = ${orgId} FOR UPDATE`;
  return rows[0] ?? null;
}

const H = ["h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10"] as const;

export type MoveRollupScoreOptions = { orgId: string; surveyId: string; teamId: string; day: string; from: number | null; to: number | null };

/**
 * One response's score changed: one out of the old bucket, one into the new, on the response's
 * own day. The decrement must find its row and bucket non-empty, or the rollup was already out
 * of step, and the transaction is rolled back rather than making it worse.
 */
export async function moveRollupScore(tx: Tx, { orgId, surveyId, teamId, day, from, to }: MoveRollupScoreOptions): Promise<void> {
  if (from === to) return;
  if (from !== null) {
    const bucket = H[from];
    if (!bucket) throw new Error(`A rollup score must be a whole number from 0 to 10, got ${from}`);
    const where: Prisma.DailyRollupWhereInput = { orgId, surveyId, teamId, day: new Date(`${day}T00:00:00.000Z`), n: { gt: 0 } };
    const data: Prisma.DailyRollupUpdateManyMutationInput = { n: { decrement: 1 } };
    where[bucket] = { gt: 0 };
    data[bucket] = { decrement: 1 };
    const { count } = await tx.dailyRollup.updateMany({ where, data });
    if (count !== 1) throw new Error(`DailyRollup has no score ${from} to move for survey ${surveyId}, team ${teamId}, day ${day}`);
  }
  if (to !== null) await addToDailyRollups(tx, { orgId, entries: [{ surveyId, teamId, day, score: to }] });
}

export type ReplaceRecordedAnswersOptions = { orgId: string; distributionId: string; answers: CheckedAnswer[]; headlineQuestionId: string | null };

/**
 * The follow-up page's answers replace what the click recorded: the person sees every answer
 * prefilled, so what they send is the whole response. The response keeps its first instant and
 * day (when the customer answered the headline), so only the score's bucket moves.
 */
export async function replaceRecordedAnswers(tx: Tx, { orgId, distributionId, answers, headlineQuestionId }: ReplaceRecordedAnswersOptions): Promise<{ responseId: string }> {
  const response = await tx.response.findFirst({
    where: { orgId, distributionId },
    orderBy: { submittedOn: "asc" },
    select: { id: true, score: true, submittedOn: true, surveyId: true, teamId: true },
  });
  // Deleted meanwhile (an administrator's clean-up): there is nothing left to complete.
  if (!response) throw new AppError("not_found", LINK_NOT_FOUND_MESSAGE);
  const { score, comment } = responseSummary(answers, headlineQuestionId);
  await tx.answer.deleteMany({ where: { orgId, responseId: response.id } });
  await tx.answer.createMany({ data: answers.map((a) => ({ orgId, responseId: response.id, ...a })) });
  await tx.response.update({ where: { id: response.id, orgId }, data: { score, comment } });
  await moveRollupScore(tx, { orgId, surveyId: response.surveyId, teamId: response.teamId, day: utcDay(response.submittedOn), from: response.score, to: score });
  await openFollowUps(tx, { orgId, responses: [{ id: response.id, score, comment }] });
  return { responseId: response.id };
}
