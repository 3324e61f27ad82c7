/**
 * GET /api/v1/metrics: NPS, CSAT or eNPS per team and overall for a window of days, from the
 * daily rollups. Employee figures go through the anonymity rules; customer figures never do.
 */
import { addHistograms } from "@/core";
import { AppError, notFound } from "@/lib/errors";
import type { MetricsQuery, MetricsResponse, TeamRow } from "@/lib/schemas/metrics";
import type { DbOrTx } from "../prisma-client";
import { computeFigure } from "./compute-figure";
import { decideEnpsVisibility } from "./decide-enps-visibility";
import { EMPTY_HISTOGRAM, loadTeamHistograms } from "./load-team-histograms";
import { loadOrgTeams, loadOrgThresholds, subtreeIds, type OrgTeam } from "./load-org-teams";
import { loadParticipation, loadParticipationWithSurvey, respondentCounts, type TeamParticipation } from "./load-respondent-counts";

export interface GetMetricsOptions {
  orgId: string;
  query: MetricsQuery;
}

/** 404 for an unknown or foreign survey; 400 when it measures another metric than asked. */
async function assertSurveyMeasures(db: DbOrTx, { orgId, surveyId, metric }: { orgId: string; surveyId: string; metric: string }) {
  const [survey] = await db.$queryRaw<{ metric: string }[]>`
    SELECT "metric"::text AS "metric" FROM "Survey" WHERE "id" = ${surveyId} AND "orgId" = ${orgId}`;
  if (!survey) throw notFound("Survey");
  if (survey.metric !== metric) {
    throw new AppError("validation_failed", "The survey measures another metric", [
      { path: ["surveyId"], message: `This survey measures ${survey.metric}, not ${metric}` },
    ]);
  }
}

function scopeOf(teams: readonly OrgTeam[], teamId: string | undefined): OrgTeam[] {
  if (teamId === undefined) return [...teams];
  if (!teams.some((t) => t.id === teamId)) throw notFound("Team");
  const ids = subtreeIds(teams, teamId);
  return teams.filter((t) => ids.has(t.id));
}

/** The value of a settled promise, or its error thrown: lets callers pick which error wins. */
function valueOf<T>(result: PromiseSettledResult<T>): T {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}

export async function getMetrics(db: DbOrTx, { orgId, query }: GetMetricsOptions): Promise<MetricsResponse> {
  const { metric, from, to, teamId, surveyId } = query;
  const window = { orgId, metric, from, to, surveyId };

  // Customer figures: only the subtree's teams when `teamId` narrows (the whole organization
  // needs no team condition, which leaves the (orgId, metric, day) index the obvious plan).
  // Employee figures: every team, because whether a row may be shown depends on the whole
  // organization (decide-enps-visibility.ts), plus all eNPS surveys when a survey narrows.
  const isEnps = metric === "ENPS";
  const narrowToScope = !isEnps && teamId !== undefined;
  const unfilteredToo = isEnps && surveyId !== undefined;
  // Every query that doesn't need another's result starts at once (one round trip instead of
  // three: docs/decisions/017-benchmark.md); only a customer subtree waits for the team tree.
  const teamsLoaded = loadOrgTeams(db, { orgId });
  const settled = await Promise.allSettled([
    teamsLoaded,
    loadOrgThresholds(db, { orgId }),
    surveyId === undefined ? undefined : assertSurveyMeasures(db, { orgId, surveyId, metric }),
    narrowToScope
      ? teamsLoaded.then((teams) => loadTeamHistograms(db, { ...window, teamIds: scopeOf(teams, teamId).map((t) => t.id) }))
      : loadTeamHistograms(db, window),
    unfilteredToo ? loadTeamHistograms(db, { ...window, surveyId: undefined }) : undefined,
    // k counts people, not responses: repeat answers across pulse rounds count once. With a
    // survey filter, one pass reads that survey's participation and all eNPS surveys'.
    !isEnps ? undefined : surveyId === undefined ? loadParticipation(db, { orgId, from, to }) : loadParticipationWithSurvey(db, { orgId, from, to, surveyId }),
  ]);
  // Errors in a fixed order whatever finished first: an unknown survey, then an unknown team.
  valueOf(settled[2]);
  const teams = valueOf(settled[0]);
  const scope = scopeOf(teams, teamId);
  const thresholds = valueOf(settled[1]);
  const byTeam = valueOf(settled[3]);
  const unfiltered = valueOf(settled[4]);
  const histOf = (id: string) => (byTeam.get(id) ?? EMPTY_HISTOGRAM).hist;
  const overallHist = scope.map((t) => histOf(t.id)).reduce(addHistograms, EMPTY_HISTOGRAM.hist);

  if (!isEnps) {
    const rows: TeamRow[] = scope.map((t) => ({ teamId: t.id, ...computeFigure(metric, histOf(t.id)) }));
    return { metric, from, to, overall: computeFigure(metric, overallHist), teams: rows };
  }

  const participation = valueOf(settled[5]) ?? new Map<string, TeamParticipation>();
  const [own, all] = participation instanceof Map ? [participation, undefined] : [participation.survey, participation.all];
  const counts = respondentCounts(byTeam, own);
  const unfilteredCounts = unfiltered && respondentCounts(unfiltered, all ?? new Map());
  const visibility = decideEnpsVisibility({ k: thresholds.anonymityThreshold, teams, counts, unfilteredCounts });
  // A suppressed figure carries nothing but the flag: no score, no n, no counts.
  const rows: TeamRow[] = scope.map((t) =>
    visibility.isRowShown(t.id) ? { teamId: t.id, ...computeFigure(metric, histOf(t.id)) } : { teamId: t.id, suppressed: true },
  );
  const overall = visibility.isOverallShown(teamId) ? computeFigure(metric, overallHist) : ({ suppressed: true } as const);
  return { metric, from, to, overall, teams: rows };
}
