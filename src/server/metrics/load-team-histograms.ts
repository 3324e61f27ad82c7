/**
 * Reads the daily rollups (never raw responses: DESIGN.md, "Architecture") and sums them per
 * team over a window, in one grouped query whose cost grows with teams × days, not answers.
 */
import { Prisma } from "@/generated/prisma/client";
import type { MetricName } from "@/lib/schemas/metrics";
import type { DbOrTx } from "../prisma-client";
import { readSerially } from "./read-serially";

export interface TeamHistogramsOptions {
  orgId: string;
  metric: MetricName;
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: string;
  to: string;
  surveyId?: string;
  /** Restricts to these teams; omitted means every team of the organization. */
  teamIds?: readonly string[];
}

/** One team's answers in the window: n and the histogram of scores 0..10 (index = score). */
export interface TeamHistogram {
  n: number;
  hist: number[];
}

const BUCKETS = Array.from({ length: 11 }, (_, score) => `h${score}`);

type Row = { teamId: string; n: bigint } & Record<string, bigint>;

/**
 * The SQL on its own so a test can EXPLAIN it. `orgId = … AND metric = … AND day BETWEEN …`
 * is the prefix of the (orgId, metric, day) index; the days are cast to `date` on the
 * parameter side, never the column side, so the index stays usable. The survey and team
 * conditions only filter the rows that range scan finds.
 */
export function teamHistogramsSql(options: TeamHistogramsOptions): Prisma.Sql {
  const { orgId, metric, from, to, surveyId, teamIds } = options;
  const sums = Prisma.raw(BUCKETS.map((h) => `SUM("${h}") AS "${h}"`).join(", "));
  return Prisma.sql`
    SELECT "teamId", SUM("n") AS "n", ${sums}
    FROM "DailyRollup"
    WHERE "orgId" = ${orgId}
      AND "metric" = ${metric}::"Metric"
      AND "day" BETWEEN ${from}::date AND ${to}::date
      ${surveyId === undefined ? Prisma.empty : Prisma.sql`AND "surveyId" = ${surveyId}`}
      ${teamIds === undefined ? Prisma.empty : Prisma.sql`AND "teamId" = ANY(${[...teamIds]}::text[])`}
    GROUP BY "teamId"`;
}

/** Per-team sums; a team with no rollups in the window is absent (callers treat it as n = 0). */
export async function loadTeamHistograms(db: DbOrTx, options: TeamHistogramsOptions): Promise<Map<string, TeamHistogram>> {
  if (options.teamIds?.length === 0) return new Map();
  const rows = await readSerially<Row[]>(db, teamHistogramsSql(options), options);
  const byTeam = new Map<string, TeamHistogram>();
  for (const row of rows) {
    const hist = BUCKETS.map((h) => Number(row[h] ?? 0));
    const n = Number(row.n);
    // The rollup keeps n beside the buckets; if they disagree the aggregates are corrupt, and
    // a figure computed from either would be silently wrong.
    if (hist.reduce((a, b) => a + b, 0) !== n) throw new Error(`DailyRollup counts disagree for team ${row.teamId}`);
    byTeam.set(row.teamId, { n, hist });
  }
  return byTeam;
}

export const EMPTY_HISTOGRAM: TeamHistogram = Object.freeze({ n: 0, hist: new Array<number>(11).fill(0) }) as TeamHistogram;
