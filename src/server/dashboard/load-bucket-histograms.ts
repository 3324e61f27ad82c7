/**
 * Per team and calendar bucket (month or ISO week), the summed daily rollups: one grouped query
 * for a whole trend, never one per period (DESIGN.md, "Architecture"). The conditions are those
 * of metrics/load-team-histograms.ts, so each bucket's sums are what that function returns for
 * the bucket's window; the bucket key is its first day, as src/core/dashboard's bucketOf names it.
 */
import { Prisma } from "@/generated/prisma/client";
import type { BucketUnit } from "@/core/dashboard/calendar";
import type { MetricName } from "@/lib/schemas/metrics";
import { respondentCounts, type TeamParticipation } from "../metrics/load-respondent-counts";
import type { TeamHistogram } from "../metrics/load-team-histograms";
import type { DbOrTx } from "../prisma-client";

export interface BucketHistogramsOptions {
  orgId: string;
  metric: MetricName;
  unit: BucketUnit;
  /** Inclusive; the first and last days of whole buckets. */
  from: string;
  to: string;
  surveyId?: string;
  teamIds?: readonly string[];
}

/** bucket key → team id → histogram; a team without answers in a bucket is absent. */
export type BucketHistograms = Map<string, Map<string, TeamHistogram>>;

const BUCKETS = Array.from({ length: 11 }, (_, score) => `h${score}`);

/**
 * A bucket's first day by date arithmetic alone (day − day of month + 1; day − ISO weekday + 1),
 * grouped as a date: no per-row cast to timestamptz or text, so the session's time zone cannot
 * move a day, and each row costs an integer subtraction. Only the grouped rows are formatted.
 * Fixed fragments keyed by the unit, never text from a caller.
 */
export const BUCKET_START: Record<BucketUnit, (column: string) => Prisma.Sql> = {
  month: (column) => Prisma.raw(`(${column} - EXTRACT(DAY FROM ${column})::int + 1)`),
  week: (column) => Prisma.raw(`(${column} - EXTRACT(ISODOW FROM ${column})::int + 1)`),
};

type Row = { bucket: string; teamId: string; n: bigint } & Record<string, bigint>;

export async function loadBucketHistograms(db: DbOrTx, options: BucketHistogramsOptions): Promise<BucketHistograms> {
  const { orgId, metric, unit, from, to, surveyId, teamIds } = options;
  if (teamIds?.length === 0) return new Map();
  const sums = Prisma.raw(BUCKETS.map((h) => `SUM("${h}") AS "${h}"`).join(", "));
  const rows = await db.$queryRaw<Row[]>`
    SELECT to_char("start", 'YYYY-MM-DD') AS "bucket", "teamId", "n", ${Prisma.raw(BUCKETS.map((h) => `"${h}"`).join(", "))}
    FROM (
      SELECT ${BUCKET_START[unit]('"day"')} AS "start", "teamId", SUM("n") AS "n", ${sums}
      FROM "DailyRollup"
      WHERE "orgId" = ${orgId}
        AND "metric" = ${metric}::"Metric"
        AND "day" BETWEEN ${from}::date AND ${to}::date
        ${surveyId === undefined ? Prisma.empty : Prisma.sql`AND "surveyId" = ${surveyId}`}
        ${teamIds === undefined ? Prisma.empty : Prisma.sql`AND "teamId" = ANY(${[...teamIds]}::text[])`}
      GROUP BY 1, 2
    ) AS per_bucket`;
  const result: BucketHistograms = new Map();
  for (const row of rows) {
    const hist = BUCKETS.map((h) => Number(row[h] ?? 0));
    const n = Number(row.n);
    if (hist.reduce((a, b) => a + b, 0) !== n) throw new Error(`DailyRollup counts disagree for team ${row.teamId}`);
    const byTeam = result.get(row.bucket) ?? new Map<string, TeamHistogram>();
    byTeam.set(row.teamId, { n, hist });
    result.set(row.bucket, byTeam);
  }
  return result;
}

/** Distinct respondents per bucket and team: respondentCounts (the metrics API's rule) per bucket. */
export function bucketRespondents(byBucket: BucketHistograms, participation: ReadonlyMap<string, TeamParticipation>): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  for (const [bucket, byTeam] of byBucket) {
    const own = new Map<string, TeamParticipation>();
    for (const teamId of byTeam.keys()) {
      const p = participation.get(`${bucket}|${teamId}`);
      if (p) own.set(teamId, p);
    }
    result.set(bucket, respondentCounts(byTeam, own));
  }
  return result;
}
