/**
 * The raw counts behind the map's stage figures, in two grouped queries per map (never one
 * per stage): headline NPS/CSAT questions read the daily rollups (DESIGN.md, "Architecture");
 * other scored questions (RATING, non-headline NPS/CSAT) read Answer ⋈ Response.
 * Both are grouped by team, so the caller can sum a team subtree and the whole organization.
 */
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "../prisma-client";

export type ScoreCounts = Map<string, Map<string, number[]>>; // key → teamId → histogram (index = value)

export interface StageScoresOptions {
  orgId: string;
  from: string;
  to: string;
  /** Surveys whose headline question is linked somewhere on the map. */
  headlineSurveyIds: readonly string[];
  /** Linked questions read from individual answers. */
  answerQuestionIds: readonly string[];
}

const BUCKETS = Array.from({ length: 11 }, (_, score) => `h${score}`);

function add(counts: ScoreCounts, key: string, teamId: string, value: number, count: number) {
  const byTeam = counts.get(key) ?? new Map<string, number[]>();
  counts.set(key, byTeam);
  const hist = byTeam.get(teamId) ?? [];
  byTeam.set(teamId, hist);
  for (let i = hist.length; i <= value; i++) hist[i] = 0;
  hist[value] = (hist[value] ?? 0) + count;
}

/** Rollup histograms keyed `survey:<id>`, answer histograms keyed `question:<id>`. */
export async function loadStageScores(db: DbOrTx, options: StageScoresOptions): Promise<ScoreCounts> {
  const { orgId, from, to, headlineSurveyIds, answerQuestionIds } = options;
  const counts: ScoreCounts = new Map();
  const sums = Prisma.raw(BUCKETS.map((h) => `SUM("${h}")::int AS "${h}"`).join(", "));
  const [rollups, answers] = await Promise.all([
    headlineSurveyIds.length === 0
      ? []
      : db.$queryRaw<Array<{ surveyId: string; teamId: string } & Record<string, number>>>`
          SELECT "surveyId", "teamId", ${sums}
          FROM "DailyRollup"
          WHERE "orgId" = ${orgId} AND "surveyId" = ANY(${[...headlineSurveyIds]}::text[])
            AND "day" BETWEEN ${from}::date AND ${to}::date
          GROUP BY "surveyId", "teamId"`,
    answerQuestionIds.length === 0
      ? []
      : db.$queryRaw<Array<{ questionId: string; teamId: string; value: number; count: number }>>`
          SELECT a."questionId", r."teamId", a."numberValue" AS "value", COUNT(*)::int AS "count"
          FROM "Answer" a
          JOIN "Response" r ON r."id" = a."responseId" AND r."orgId" = ${orgId}
          WHERE a."orgId" = ${orgId} AND a."questionId" = ANY(${[...answerQuestionIds]}::text[])
            AND a."numberValue" IS NOT NULL
            AND r."submittedOn" BETWEEN ${from}::date AND ${to}::date
          GROUP BY a."questionId", r."teamId", a."numberValue"`,
  ]);
  for (const row of rollups) {
    BUCKETS.forEach((h, score) => {
      const count = Number(row[h] ?? 0);
      if (count > 0) add(counts, `survey:${row.surveyId}`, row.teamId, score, count);
    });
  }
  // Ratings are stored within their question's scale; a negative value can't index a histogram.
  for (const row of answers) if (row.value >= 0) add(counts, `question:${row.questionId}`, row.teamId, row.value, row.count);
  return counts;
}
