import type { CheckedAnswer } from "@/lib/schemas/answer";
import type { Audience } from "@/lib/schemas/survey";
import type { Db } from "../prisma-client";
import type { TokenDistribution } from "../distributions/find-distribution-by-token";
import { utcDay } from "../responses/prepare-responses";
import { addToDailyRollups } from "../responses/update-rollups";

export type StoreResponseOptions = {
  distribution: TokenDistribution;
  audience: Audience;
  /** In question order; checked by checkAnswers. */
  answers: CheckedAnswer[];
  headlineQuestionId: string | null;
  now: Date;
};

/**
 * The response, its answers and its rollup increment in one transaction, so a dashboard never
 * counts a response that isn't stored or misses one that is (src/server/responses/update-rollups.ts).
 * Organization and team come from the distribution alone.
 */
export async function storeResponse(db: Db, options: StoreResponseOptions): Promise<{ responseId: string }> {
  const { distribution, audience, answers, headlineQuestionId, now } = options;
  const { orgId, surveyId, teamId } = distribution;
  const day = utcDay(now);
  const score = answers.find((a) => a.questionId === headlineQuestionId)?.numberValue ?? null;
  // Only open-text answers carry text, and answers come in question order: the first one is
  // the comment lists and follow-ups show.
  const comment = answers.find((a) => a.textValue !== null)?.textValue ?? null;
  // Employee answers keep no identity and the day only (shared/DESIGN.md, "Anonymity"); a
  // public link knows no identity anyway, so only the instant has to go.
  const submittedAt = audience === "EMPLOYEE" ? null : now;
  return db.$transaction(async (tx) => {
    const response = await tx.response.create({
      data: {
        orgId,
        surveyId,
        teamId,
        distributionId: distribution.id,
        score,
        comment,
        submittedAt,
        submittedOn: new Date(`${day}T00:00:00.000Z`),
        answers: { createMany: { data: answers.map((a) => ({ orgId, ...a })) } },
      },
      select: { id: true },
    });
    await addToDailyRollups(tx, { orgId, entries: [{ surveyId, teamId, day, score }] });
    return { responseId: response.id };
  });
}
