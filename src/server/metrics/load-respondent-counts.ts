/**
 * How many distinct people stand behind each team's employee figure in a window. k counts
 * people (DESIGN.md, "Anonymity"), and an in-app pulse asks the same people every round, so
 * a 3-person store answering monthly gives 18 responses in six months but is still 3 people.
 * Participation rows (one per person and round, kept apart from the answers) give the
 * distinct people; a response that came without one (through the API, which knows no
 * identity) counts as one respondent.
 *
 * The participation query does not need the rollups, so callers run it beside the rollup
 * query (loadParticipation, then respondentCounts) instead of after it: one round trip less
 * on every eNPS read and every correlation (docs/decisions/017-benchmark.md).
 */
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "../prisma-client";
import { readSerially } from "./read-serially";
import type { TeamHistogram } from "./load-team-histograms";

export interface ParticipationOptions {
  orgId: string;
  from: string;
  to: string;
  surveyId?: string;
}

export interface RespondentCountsOptions extends ParticipationOptions {
  /** The eNPS responses per team in the same window (from the rollups). */
  byTeam: ReadonlyMap<string, TeamHistogram>;
}

/** Per team: participation rows in the window, and the distinct people behind them. */
export type TeamParticipation = { participations: number; people: number };

type Row = { teamId: string } & TeamParticipation;

/**
 * One person per (team, user) group first, then per team: two hash aggregates instead of
 * COUNT(DISTINCT), which sorts every participation row of the window (a year of weekly
 * pulses is 52 rows per employee). The eNPS surveys are a subquery, so the participation
 * rows are only filtered, never joined.
 */
export function participationSql({ orgId, from, to, surveyId }: ParticipationOptions): Prisma.Sql {
  return Prisma.sql`
    SELECT "teamId", SUM("answers")::int AS "participations", COUNT(*)::int AS "people"
    FROM (
      SELECT p."teamId", p."userId", COUNT(*) AS "answers"
      FROM "Participation" p
      WHERE p."orgId" = ${orgId}
        AND p."teamId" IS NOT NULL
        AND p."day" BETWEEN ${from}::date AND ${to}::date
        AND p."surveyId" IN (SELECT s."id" FROM "Survey" s WHERE s."orgId" = ${orgId} AND s."metric" = 'ENPS'::"Metric")
        ${surveyId === undefined ? Prisma.empty : Prisma.sql`AND p."surveyId" = ${surveyId}`}
      GROUP BY p."teamId", p."userId"
    ) AS per_person
    GROUP BY "teamId"`;
}

export async function loadParticipation(db: DbOrTx, options: ParticipationOptions): Promise<Map<string, TeamParticipation>> {
  const rows = await readSerially<Row[]>(db, participationSql(options), options);
  return new Map(rows.map((r) => [r.teamId, { participations: r.participations, people: r.people }]));
}

/** Respondents per team with responses in the window (teams without any are absent). */
export function respondentCounts(byTeam: ReadonlyMap<string, TeamHistogram>, participation: ReadonlyMap<string, TeamParticipation>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [teamId, { n }] of byTeam) {
    const p = participation.get(teamId);
    // Responses beyond the recorded participations came through the API: one person each.
    counts.set(teamId, p ? Math.min(n, Math.max(0, n - p.participations) + p.people) : n);
  }
  return counts;
}

export async function loadRespondentCounts(db: DbOrTx, { byTeam, ...options }: RespondentCountsOptions): Promise<Map<string, number>> {
  return respondentCounts(byTeam, await loadParticipation(db, options));
}
