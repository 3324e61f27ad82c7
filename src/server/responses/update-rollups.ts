/**
 * Keeps DailyRollup current: call it in the same transaction that inserts the responses, with
 * exactly the responses inserted. The contract the metrics readers rely on: for every
 * (org, survey, team, day), DailyRollup.n is the number of Response rows with that key and a
 * non-null score, and h<i> the number of those whose score is i (prisma/schema.prisma).
 */
import type { Tx } from "../prisma-client";

export type RollupEntry = { surveyId: string; teamId: string; /** UTC day, YYYY-MM-DD */ day: string; score: number | null };
export type AddToDailyRollupsOptions = { orgId: string; entries: RollupEntry[] };

/**
 * One upsert for the whole batch. Rows are grouped by key first (an upsert may not touch the
 * same row twice) and written in key order, so two batches that share keys lock them in the
 * same order and can't deadlock. The metric is read from the survey, so a rollup's metric is
 * always its survey's; joining both survey and team on orgId keeps the write inside the
 * organization, and the row count check turns any entry that would be dropped into an error
 * (and a rollback) instead of a silent undercount.
 */
export async function addToDailyRollups(tx: Tx, { orgId, entries }: AddToDailyRollupsOptions): Promise<void> {
  const scored = entries.filter((e): e is RollupEntry & { score: number } => e.score !== null);
  if (scored.length === 0) return;
  // A score no histogram column counts would make n disagree with h0..h10 forever.
  const offScale = scored.find((e) => !Number.isInteger(e.score) || e.score < 0 || e.score > 10);
  if (offScale) throw new Error(`A rollup score must be a whole number from 0 to 10, got ${offScale.score}`);
  const keys = new Set(scored.map((e) => `${e.surveyId}\u0000${e.teamId}\u0000${e.day}`));
  const written = await tx.$executeRaw`
    INSERT INTO "DailyRollup" ("orgId", "surveyId", "teamId", "day", "metric", "n",
      "h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10")
    SELECT s."orgId", u.survey_id, u.team_id, u.day, s."metric", count(*)::int,
      (count(*) FILTER (WHERE u.score = 0))::int,
      (count(*) FILTER (WHERE u.score = 1))::int,
      (count(*) FILTER (WHERE u.score = 2))::int,
      (count(*) FILTER (WHERE u.score = 3))::int,
      (count(*) FILTER (WHERE u.score = 4))::int,
      (count(*) FILTER (WHERE u.score = 5))::int,
      (count(*) FILTER (WHERE u.score = 6))::int,
      (count(*) FILTER (WHERE u.score = 7))::int,
      (count(*) FILTER (WHERE u.score = 8))::int,
      (count(*) FILTER (WHERE u.score = 9))::int,
      (count(*) FILTER (WHERE u.score = 10))::int
    FROM unnest(
      ${scored.map((e) => e.surveyId)}::text[],
      ${scored.map((e) => e.teamId)}::text[],
      ${scored.map((e) => e.day)}::date[],
      ${scored.map((e) => e.score)}::int[]
    ) AS u(survey_id, team_id, day, score)
    JOIN "Survey" s ON s."id" = u.survey_id AND s."orgId" = ${orgId}
    JOIN "Team" t ON t."id" = u.team_id AND t."orgId" = ${orgId}
    GROUP BY s."orgId", u.survey_id, u.team_id, u.day, s."metric"
    ORDER BY u.survey_id, u.team_id, u.day
    ON CONFLICT ("surveyId", "teamId", "day") DO UPDATE SET
      "n" = "DailyRollup"."n" + EXCLUDED."n",
      "h0" = "DailyRollup"."h0" + EXCLUDED."h0",
      "h1" = "DailyRollup"."h1" + EXCLUDED."h1",
      "h2" = "DailyRollup"."h2" + EXCLUDED."h2",
      "h3" = "DailyRollup"."h3" + EXCLUDED."h3",
      "h4" = "DailyRollup"."h4" + EXCLUDED."h4",
      "h5" = "DailyRollup"."h5" + EXCLUDED."h5",
      "h6" = "DailyRollup"."h6" + EXCLUDED."h6",
      "h7" = "DailyRollup"."h7" + EXCLUDED."h7",
      "h8" = "DailyRollup"."h8" + EXCLUDED."h8",
      "h9" = "DailyRollup"."h9" + EXCLUDED."h9",
      "h10" = "DailyRollup"."h10" + EXCLUDED."h10"`;
  if (written !== keys.size) {
    throw new Error(`DailyRollup upsert wrote ${written} rows for ${keys.size} keys: a survey or team is outside organization ${orgId}`);
  }
}
