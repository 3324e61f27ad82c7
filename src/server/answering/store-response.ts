import type { CheckedAnswer } from "@/lib/schemas/answer";
import type { Audience } from "@/lib/schemas/survey";
import type { Db, Tx } from "../prisma-client";
import type { TokenDistribution } from "../distributions/find-distribution-by-token";
import { openFollowUps } from "../follow-ups/open-follow-ups";
import { utcDay } from "../responses/prepare-responses";
import { addToDailyRollups } from "../responses/update-rollups";

export type StoreResponseOptions = {
  /** Where the response goes; `id` is null for answers that came through no distribution (pulses). */
  distribution: Omit<TokenDistribution, "id"> & { id: string | null };
  audience: Audience;
  /** In question order; checked by checkAnswers. */
  answers: CheckedAnswer[];
  headlineQuestionId: string | null;
  now: Date;
  /** A personal link's recipient (customer surveys only); public links know no one. */
  respondentEmail?: string | null;
};

/**
 * What a response row denormalizes from its answers: the headline answer is its score, and,
 * since only open-text answers carry text and answers come in question order, the first one
 * is the comment lists and follow-ups show.
 */
export function responseSummary(answers: readonly CheckedAnswer[], headlineQuestionId: string | null): { score: number | null; comment: string | null } {
  return {
    score: answers.find((a) => a.questionId === headlineQuestionId)?.numberValue ?? null,
    comment: answers.find((a) => a.textValue !== null)?.textValue ?? null,
  };
}

/**
 * The response, its answers and its rollup increment in one transaction, so a dashboard never
 * counts a response that isn't stored or misses one that is (src/server/responses/update-rollups.ts).
 * Organization and team come from the distribution alone.
 */
export async function storeResponse(db: Db, options: StoreResponseOptions): Promise<{ responseId: string }> {
  return db.$transaction((tx) => insertResponse(tx, options));
}

/** storeResponse's writes, for a caller that has more to do in the same transaction (a personal link marks itself used). */
export async function insertResponse(tx: Tx, options: StoreResponseOptions): Promise<{ responseId: string }> {
  const { distribution, audience, answers, headlineQuestionId, now, respondentEmail = null } = options;
  const { orgId, surveyId, teamId } = distribution;
  const day = utcDay(now);
  const { score, comment } = responseSummary(answers, headlineQuestionId);
  // Employee answers keep no identity and the day only (shared/DESIGN.md, "Anonymity"); a
  // public link knows no identity anyway, so only the instant has to go.
  const employee = audience === "EMPLOYEE";
  const response = await tx.response.create({
    data: {
      orgId,
      surveyId,
      teamId,
      distributionId: distribution.id,
      score,
      comment,
      submittedAt: employee ? null : now,
      submittedOn: new Date(`${day}T00:00:00.000Z`),
      respondentEmail: employee ? null : respondentEmail,
      answers: { createMany: { data: answers.map((a) => ({ orgId, ...a })) } },
    },
    select: { id: true },
  });
  await addToDailyRollups(tx, { orgId, entries: [{ surveyId, teamId, day, score }] });
  if (!employee) await openFollowUps(tx, { orgId, responses: [{ id: response.id, score, comment }], now });
  return { responseId: response.id };
}
