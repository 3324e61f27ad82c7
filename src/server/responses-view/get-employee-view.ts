/**
 * What the responses view shows of an employee survey: never an individual response
 * (shared/DESIGN.md, "Anonymity"), only figures and comments of groups of at least k people.
 *
 * The eNPS per team and for the group in view come from getMetrics, so the page, its CSV and
 * the metrics API show exactly the same figures and suppress exactly the same ones (one
 * decision for the whole organization: decide-enps-visibility.ts). The window is the survey's
 * own, from its first to its last day with answers: the survey filter then removes little
 * from the unfiltered eNPS figures it is checked against, and no date filter is offered, since
 * two windows a day apart would isolate that day's answers (docs/decisions/004).
 *
 * When the group in view may not be shown (below k, or its complement in the organization is)
 * the view says so and nothing else: no team rows, items or comments.
 */
import { AppError } from "@/lib/errors";
import type { Figure } from "@/lib/schemas/metrics";
import { buildTeamTree, flattenTree } from "@/lib/team-tree";
import type { DbOrTx } from "../prisma-client";
import { getMetrics } from "../metrics/get-metrics";
import { loadOrgThresholds } from "../metrics/load-org-teams";
import { loadRespondentCounts } from "../metrics/load-respondent-counts";
import { loadTeamHistograms } from "../metrics/load-team-histograms";
import { loadEmployeeComments } from "./load-employee-comments";
import { loadRatingItems, type RatingItem } from "./load-rating-items";
import type { TeamScope } from "./resolve-team-scope";

export type EmployeeTeamRow = { teamId: string; name: string; depth: number; figure: Figure | null };

export type EmployeeView =
  | { state: "no-team" }
  | { state: "no-responses"; k: number }
  | { state: "suppressed"; k: number }
  | {
      state: "shown";
      k: number;
      from: string;
      to: string;
      overall: Figure;
      teams: EmployeeTeamRow[];
      items: RatingItem[];
      comments: string[];
      commentCount: number;
    };

export type GetEmployeeViewOptions = { orgId: string; survey: { id: string; audience: string; metric: string }; scope: TeamScope };

/** The first and last day with answers to the survey, from the rollups. */
async function surveyWindow(db: DbOrTx, orgId: string, surveyId: string): Promise<{ from: string; to: string } | null> {
  const [row] = await db.$queryRaw<{ from: string | null; to: string | null }[]>`
    SELECT to_char(MIN("day"), 'YYYY-MM-DD') AS "from", to_char(MAX("day"), 'YYYY-MM-DD') AS "to"
    FROM "DailyRollup" WHERE "orgId" = ${orgId} AND "surveyId" = ${surveyId} AND "n" > 0`;
  return row?.from && row.to ? { from: row.from, to: row.to } : null;
}

export async function getEmployeeView(db: DbOrTx, { orgId, survey, scope }: GetEmployeeViewOptions): Promise<EmployeeView> {
  if (survey.audience !== "EMPLOYEE" || survey.metric !== "ENPS") throw new AppError("bad_request", "Not an employee eNPS survey");
  // A manager with no team manages nobody; the organization's figures are not theirs to see.
  if (scope.teamIds !== null && scope.teamIds.length === 0) return { state: "no-team" };
  const [{ anonymityThreshold: k }, window] = await Promise.all([loadOrgThresholds(db, { orgId }), surveyWindow(db, orgId, survey.id)]);
  if (!window) return { state: "no-responses", k };
  const { from, to } = window;

  const metrics = await getMetrics(db, { orgId, query: { metric: "ENPS", from, to, surveyId: survey.id, teamId: scope.anchorTeamId } });
  if ("suppressed" in metrics.overall) return { state: "suppressed", k };

  const inScope = new Map(metrics.teams.map((row) => [row.teamId, row]));
  const ordered = flattenTree(buildTeamTree(scope.orgTeams.filter((t) => inScope.has(t.id)).map((t) => ({ ...t, createdAt: "" }))));
  const teams = ordered.map((t): EmployeeTeamRow => {
    const row = inScope.get(t.id);
    if (!row || "suppressed" in row) return { teamId: t.id, name: t.name, depth: t.depth, figure: null };
    const { teamId: _teamId, ...figure } = row;
    return { teamId: t.id, name: t.name, depth: t.depth, figure };
  });

  const shownRows = new Set(teams.filter((t) => t.figure !== null).map((t) => t.teamId));
  const byTeam = await loadTeamHistograms(db, { orgId, metric: "ENPS", from, to, surveyId: survey.id });
  const [respondents, comments] = await Promise.all([
    loadRespondentCounts(db, { orgId, from, to, surveyId: survey.id, byTeam }),
    loadEmployeeComments(db, { orgId, surveyId: survey.id, from, to, teamIds: scope.teamIds }),
  ]);
  const items = await loadRatingItems(db, {
    orgId,
    surveyId: survey.id,
    from,
    to,
    k,
    orgTeams: scope.orgTeams,
    scopeTeamIds: teams.map((t) => t.teamId),
    anchorTeamId: scope.anchorTeamId,
    headline: { rowShown: (teamId) => shownRows.has(teamId) },
    respondents,
  });
  return { state: "shown", k, from, to, overall: metrics.overall, teams, items, comments: comments.comments, commentCount: comments.total };
}
