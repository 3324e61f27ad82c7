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

/** The eNPS surveys, as one array computed once per statement (an InitPlan, not a join). */
const enpsSurveys = (orgId: string) =>
  Prisma.sql`ANY(ARRAY(SELECT s."id" FROM "Survey" s WHERE s."orgId" = ${orgId} AND s."metric" = 'ENPS'::"Metric"))`;

/**
 * One person per (team, user) group first, then per team: two hash aggregates instead of
 * COUNT(DISTINCT), which sorts every participation row of the window (a year of weekly
 * pulses is 52 rows per employee).
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
        AND p."surveyId" = ${enpsSurveys(orgId)}
        ${surveyId === undefined ? Prisma.empty : Prisma.sql`AND p."surveyId" = ${surveyId}`}
      GROUP BY p."teamId", p."userId"
    ) AS per_person
    GROUP BY "teamId"`;
}

export async function loadParticipation(db: DbOrTx, options: ParticipationOptions): Promise<Map<string, TeamParticipation>> {
  const rows = await db.$queryRaw<Row[]>(participationSql(options));
  return new Map(rows.map((r) => [r.teamId, { participations: r.participations, people: r.people }]));
}

type BothRow = Row & { surveyParticipations: number; surveyPeople: number };

/**
 * A survey-filtered eNPS read needs the participation of that survey and of all eNPS surveys
 * (decide-enps-visibility.ts): one pass over the window's rows gives both, instead of two.
 * Each map is what loadParticipation returns with and without `surveyId`.
 */
export async function loadParticipationWithSurvey(
  db: DbOrTx,
  { orgId, from, to, surveyId }: ParticipationOptions & { surveyId: string },
): Promise<{ survey: Map<string, TeamParticipation>; all: Map<string, TeamParticipation> }> {
  const rows = await db.$queryRaw<BothRow[]>`
    SELECT "teamId", SUM("answers")::int AS "participations", COUNT(*)::int AS "people",
      SUM("surveyAnswers")::int AS "surveyParticipations", (COUNT(*) FILTER (WHERE "surveyAnswers" > 0))::int AS "surveyPeople"
    FROM (
      SELECT p."teamId", p."userId", COUNT(*) AS "answers", COUNT(*) FILTER (WHERE p."surveyId" = ${surveyId}) AS "surveyAnswers"
      FROM "Participation" p
      WHERE p."orgId" = ${orgId}
        AND p."teamId" IS NOT NULL
        AND p."day" BETWEEN ${from}::date AND ${to}::date
        AND p."surveyId" = ${enpsSurveys(orgId)}
      GROUP BY p."teamId", p."userId"
    ) AS per_person
    GROUP BY "teamId"`;
  const survey = new Map<string, TeamParticipation>();
  const all = new Map<string, TeamParticipation>();
  for (const r of rows) {
    all.set(r.teamId, { participations: r.participations, people: r.people });
    // Absent, as loadParticipation leaves a team without rows for the survey.
    if (r.surveyParticipations > 0) survey.set(r.teamId, { participations: r.surveyParticipations, people: r.surveyPeople });
  }
  return { survey, all };
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
