/**
 * The eNPS participation behind the dashboard's employee figures, read in one pass: per
 * calendar bucket of the trend and per whole window (the tiles' period and the one before it),
 * each counted as metrics/load-respondent-counts.ts counts a window — participation rows, and
 * the distinct people behind them. The table has no index on its days, so every read is a scan
 * of the organization's participation; one scan labelled three ways costs a third of three.
 *
 * Each row is labelled by a LATERAL list (kind 0: its trend bucket; kind i: the i-th window it
 * falls in), then aggregated per (label, team, person) and per (label, team): two hash
 * aggregates, no COUNT(DISTINCT) sort.
 */
import { Prisma } from "@/generated/prisma/client";
import type { BucketUnit, DayWindow } from "@/core/dashboard/calendar";
import type { TeamParticipation } from "../metrics/load-respondent-counts";
import type { DbOrTx } from "../prisma-client";
import { BUCKET_START } from "./load-bucket-histograms";

export interface ParticipationPassOptions {
  orgId: string;
  surveyId?: string;
  /** Trend buckets over [trend.from, trend.to] (whole buckets); omit for windows only. */
  trend?: DayWindow & { unit: BucketUnit };
  windows?: readonly DayWindow[];
}

export interface ParticipationPass {
  /** `${bucket}|${teamId}` → participation in that bucket. */
  buckets: Map<string, TeamParticipation>;
  /** Per window, in the order given: teamId → participation. */
  windows: Map<string, TeamParticipation>[];
}

type Row = { kind: number; bucket: string | null; teamId: string } & TeamParticipation;

export async function loadParticipationPass(db: DbOrTx, { orgId, surveyId, trend, windows = [] }: ParticipationPassOptions): Promise<ParticipationPass> {
  const result: ParticipationPass = { buckets: new Map(), windows: windows.map(() => new Map()) };
  const ranges = [...(trend ? [trend] : []), ...windows];
  if (ranges.length === 0) return result;
  const from = ranges.reduce((min, r) => (r.from < min ? r.from : min), ranges[0]!.from);
  const to = ranges.reduce((max, r) => (r.to > max ? r.to : max), ranges[0]!.to);
  const labels = [
    ...(trend ? [Prisma.sql`(0, CASE WHEN p."day" BETWEEN ${trend.from}::date AND ${trend.to}::date THEN ${BUCKET_START[trend.unit]('p."day"')} END)`] : []),
    ...windows.map((w, i) => Prisma.sql`(${i + 1}::int, CASE WHEN p."day" BETWEEN ${w.from}::date AND ${w.to}::date THEN DATE '1970-01-01' END)`),
  ];
  const rows = await db.$queryRaw<Row[]>`
    SELECT "kind", CASE WHEN "kind" = 0 THEN to_char("start", 'YYYY-MM-DD') END AS "bucket", "teamId",
      SUM("answers")::int AS "participations", COUNT(*)::int AS "people"
    FROM (
      SELECT l."kind", l."start", p."teamId", p."userId", COUNT(*) AS "answers"
      FROM "Participation" p
      CROSS JOIN LATERAL (VALUES ${Prisma.join(labels)}) AS l("kind", "start")
      WHERE p."orgId" = ${orgId}
        AND p."teamId" IS NOT NULL
        AND p."day" BETWEEN ${from}::date AND ${to}::date
        AND p."surveyId" IN (SELECT s."id" FROM "Survey" s WHERE s."orgId" = ${orgId} AND s."metric" = 'ENPS'::"Metric")
        ${surveyId === undefined ? Prisma.empty : Prisma.sql`AND p."surveyId" = ${surveyId}`}
        AND l."start" IS NOT NULL
      GROUP BY 1, 2, 3, 4
    ) AS per_person
    GROUP BY "kind", "start", "teamId"`;
  for (const row of rows) {
    const value = { participations: row.participations, people: row.people };
    if (row.kind === 0) result.buckets.set(`${row.bucket}|${row.teamId}`, value);
    else result.windows[row.kind - 1]?.set(row.teamId, value);
  }
  return result;
}
