/**
 * How many distinct people stand behind each team's employee figure in a window. k counts
 * people (DESIGN.md, "Anonymity"), and an in-app pulse asks the same people every round, so
 * a 3-person store answering monthly gives 18 responses in six months but is still 3 people.
 * Participation rows (one per person and round, kept apart from the answers) give the
 * distinct people; a response that came without one (through the API, which knows no
 * identity) counts as one respondent.
 */
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "../prisma-client";
import type { TeamHistogram } from "./load-team-histograms";

export interface RespondentCountsOptions {
  orgId: string;
  from: string;
  to: string;
  surveyId?: string;
  /** The eNPS responses per team in the same window (from the rollups). */
  byTeam: ReadonlyMap<string, TeamHistogram>;
}

type Row = { teamId: string; participations: number; people: number };

export async function loadRespondentCounts(db: DbOrTx, { orgId, from, to, surveyId, byTeam }: RespondentCountsOptions): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT p."teamId", COUNT(*)::int AS "participations", COUNT(DISTINCT p."userId")::int AS "people"
    FROM "Participation" p
    JOIN "Survey" s ON s."id" = p."surveyId" AND s."orgId" = ${orgId} AND s."metric" = 'ENPS'::"Metric"
    WHERE p."orgId" = ${orgId}
      AND p."teamId" IS NOT NULL
      AND p."day" BETWEEN ${from}::date AND ${to}::date
      ${surveyId === undefined ? Prisma.empty : Prisma.sql`AND p."surveyId" = ${surveyId}`}
    GROUP BY p."teamId"`;
  const participation = new Map(rows.map((r) => [r.teamId, r]));
  const counts = new Map<string, number>();
  for (const [teamId, { n }] of byTeam) {
    const p = participation.get(teamId);
    // Responses beyond the recorded participations came through the API: one person each.
    counts.set(teamId, p ? Math.min(n, Math.max(0, n - p.participations) + p.people) : n);
  }
  return counts;
}
