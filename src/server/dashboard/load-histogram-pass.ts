/**
 * One metric's rollups for the whole dashboard in one scan: per trend bucket and per window (the
 * tiles' period and the one before), per team. Each row of the rollups is grouped by its bucket
 * (null outside the trend's range) and by the window it falls in (0 for neither; the windows are
 * disjoint), so the trend and both tiles read the same rows once instead of three times. The
 * conditions are metrics/load-team-histograms.ts's, so each bucket and each window sums exactly
 * what that function returns for it (tested against GET /api/v1/metrics).
 */
import { Prisma } from "@/generated/prisma/client";
import type { BucketUnit, DayWindow } from "@/core/dashboard/calendar";
import type { MetricName } from "@/lib/schemas/metrics";
import type { TeamHistogram } from "../metrics/load-team-histograms";
import type { DbOrTx } from "../prisma-client";
import { BUCKET_START, type BucketHistograms } from "./load-bucket-histograms";

export interface HistogramPassOptions {
  orgId: string;
  metric: MetricName;
  surveyId?: string;
  teamIds?: readonly string[];
  trend: DayWindow & { unit: BucketUnit };
  /** Disjoint windows. */
  windows: readonly DayWindow[];
}

export interface HistogramPass {
  buckets: BucketHistograms;
  /** Per window, in the order given: teamId → histogram (teams without answers absent). */
  windows: Map<string, TeamHistogram>[];
}

const SCORES = Array.from({ length: 11 }, (_, score) => `h${score}`);

type Row = { bucket: string | null; part: number; teamId: string; n: bigint } & Record<string, bigint>;

function add(map: Map<string, TeamHistogram>, teamId: string, n: number, hist: number[]) {
  const current = map.get(teamId);
  if (!current) map.set(teamId, { n, hist: [...hist] });
  else map.set(teamId, { n: current.n + n, hist: current.hist.map((c, i) => c + (hist[i] ?? 0)) });
}

export async function loadHistogramPass(db: DbOrTx, options: HistogramPassOptions): Promise<HistogramPass> {
  const { orgId, metric, surveyId, teamIds, trend, windows } = options;
  const result: HistogramPass = { buckets: new Map(), windows: windows.map(() => new Map()) };
  if (teamIds?.length === 0) return result;
  const ranges = [trend, ...windows];
  const from = ranges.reduce((min, r) => (r.from < min ? r.from : min), trend.from);
  const to = ranges.reduce((max, r) => (r.to > max ? r.to : max), trend.to);
  const part =
    windows.length === 0
      ? Prisma.sql`0`
      : Prisma.sql`CASE ${Prisma.join(windows.map((w, i) => Prisma.sql`WHEN "day" BETWEEN ${w.from}::date AND ${w.to}::date THEN ${i + 1}::int`), " ")} ELSE 0 END`;
  const sums = Prisma.raw(SCORES.map((h) => `SUM("${h}") AS "${h}"`).join(", "));
  const rows = await db.$queryRaw<Row[]>`
    SELECT to_char("start", 'YYYY-MM-DD') AS "bucket", "part", "teamId", "n", ${Prisma.raw(SCORES.map((h) => `"${h}"`).join(", "))}
    FROM (
      SELECT CASE WHEN "day" BETWEEN ${trend.from}::date AND ${trend.to}::date THEN ${BUCKET_START[trend.unit]('"day"')} END AS "start",
        ${part} AS "part", "teamId", SUM("n") AS "n", ${sums}
      FROM "DailyRollup"
      WHERE "orgId" = ${orgId}
        AND "metric" = ${metric}::"Metric"
        AND "day" BETWEEN ${from}::date AND ${to}::date
        ${surveyId === undefined ? Prisma.empty : Prisma.sql`AND "surveyId" = ${surveyId}`}
        ${teamIds === undefined ? Prisma.empty : Prisma.sql`AND "teamId" = ANY(${[...teamIds]}::text[])`}
      GROUP BY 1, 2, 3
    ) AS per_part`;
  for (const row of rows) {
    const hist = SCORES.map((h) => Number(row[h] ?? 0));
    const n = Number(row.n);
    if (hist.reduce((a, b) => a + b, 0) !== n) throw new Error(`DailyRollup counts disagree for team ${row.teamId}`);
    if (row.bucket !== null) {
      const byTeam = result.buckets.get(row.bucket) ?? new Map<string, TeamHistogram>();
      add(byTeam, row.teamId, n, hist);
      result.buckets.set(row.bucket, byTeam);
    }
    const window = row.part > 0 ? result.windows[row.part - 1] : undefined;
    if (window) add(window, row.teamId, n, hist);
  }
  return result;
}
