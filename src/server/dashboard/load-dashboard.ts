/**
 * Everything /dashboard shows, in one call the page makes (docs/decisions/016-dashboard.md).
 * Figures come only from the daily rollups, through the metrics functions' own pieces; the
 * organization's teams and thresholds are read once; the blocks load in parallel, each a
 * handful of grouped queries whatever the number of teams, periods or responses.
 */
import { bucketsCovering, presetWindow, previousWindow, wholeMonths, type DayWindow } from "@/core/dashboard/calendar";
import { comparePeriods, type PeriodChange } from "@/core/scoring/compare-periods";
import { can } from "@/lib/roles";
import type { DashboardFilters } from "@/lib/schemas/dashboard";
import type { MetricName } from "@/lib/schemas/metrics";
import { buildTeamTree, flattenTree } from "@/lib/team-tree";
import { followUpScopeTeamIds, listOpenFollowUps, type OpenFollowUp } from "../follow-ups/list-open-follow-ups";
import { listTopIdeas, type IdeaSummary } from "../ideas/list-top-ideas";
import { loadOrgTeams, loadOrgThresholds, subtreeIds } from "../metrics/load-org-teams";
import type { DbOrTx } from "../prisma-client";
import { buildTeamTable, type TeamTableRow } from "./build-team-table";
import { loadCorrelationBlock, type CorrelationBlock } from "./load-correlation-block";
import { loadJourneyStrip, type JourneyStrip } from "./load-journey-strip";
import { loadTrends, type TrendFigure, type TrendPoint } from "./load-trends";
import { loadWindowFigures } from "./load-window-figures";
import { startPasses } from "./start-passes";
import { anchorTeam, viewerScope, type DashboardViewer, type ViewerScope } from "./viewer-scope";

export interface LoadDashboardOptions {
  member: DashboardViewer;
  filters: DashboardFilters;
  /** The request's time; the day is read in UTC, as every stored day is. */
  now: Date;
}

export interface Tile {
  metric: MetricName;
  window: DayWindow;
  previousWindow: DayWindow;
  figure: TrendFigure;
  previous: TrendFigure;
  change: PeriodChange | null;
}

export interface SurveyOption {
  id: string;
  title: string;
}

export interface DashboardData {
  scope: ViewerScope;
  filters: DashboardFilters;
  /** Filters that could not be applied, in words. */
  notes: string[];
  k: number;
  today: string;
  /** The customer window, as chosen. */
  window: DayWindow;
  /** The employee window: the chosen one widened to whole calendar months. */
  exWindow: DayWindow;
  anchor: { teamId: string; name: string } | null;
  teamOptions: { id: string; name: string; depth: number }[];
  surveyOptions: Record<MetricName, SurveyOption[]>;
  tiles: Tile[];
  trends: { unit: DashboardFilters["unit"]; series: Partial<Record<MetricName, TrendPoint[]>> };
  table: TeamTableRow[];
  correlation: CorrelationBlock | null;
  journey: JourneyStrip | null;
  ideas: IdeaSummary[];
  followUps: { items: OpenFollowUp[]; total: number } | null;
}

/** Trend range: whole buckets over the window, at least 12, at most 60. */
export const TREND_BUCKETS = { min: 12, max: 60 } as const;
export const LIST_SIZE = 5;

export async function loadDashboard(db: DbOrTx, { member, filters: requested, now }: LoadDashboardOptions): Promise<DashboardData> {
  const { orgId } = member;
  const today = now.toISOString().slice(0, 10);
  const [teams, thresholds, surveys] = await Promise.all([
    loadOrgTeams(db, { orgId }),
    loadOrgThresholds(db, { orgId }),
    // A raw SELECT: this runs on every request, and a model query costs the server more CPU.
    db.$queryRaw<{ id: string; title: string; metric: MetricName }[]>`
      SELECT "id", "title", "metric"::text AS "metric" FROM "Survey" WHERE "orgId" = ${orgId} ORDER BY "createdAt" DESC, "id" ASC`,
  ]);
  const scope = viewerScope(teams, member);
  // A team outside the organization or the viewer's scope is "not found", as everywhere.
  const anchorTeamId = anchorTeam(teams, scope, requested.teamId);
  const inView = anchorTeamId === undefined ? null : subtreeIds(teams, anchorTeamId);
  const k = thresholds.anonymityThreshold;
  const notes: string[] = [];
  const filters: DashboardFilters = { ...requested };

  const surveyOptions: Record<MetricName, SurveyOption[]> = { NPS: [], CSAT: [], ENPS: [] };
  for (const s of surveys) surveyOptions[s.metric].push({ id: s.id, title: s.title });
  const surveyIds: Partial<Record<MetricName, string>> = {};
  const SURVEY_KEYS = { NPS: "npsSurvey", CSAT: "csatSurvey", ENPS: "enpsSurvey" } as const;
  if (filters.surveyId !== undefined) {
    // The API's name for the filter: it narrows whichever metric the survey measures.
    const survey = surveys.find((s) => s.id === filters.surveyId);
    if (survey && filters[SURVEY_KEYS[survey.metric]] === undefined) filters[SURVEY_KEYS[survey.metric]] = survey.id;
    else if (!survey) notes.push("The survey in the link is not one of this organization's, so all surveys are counted.");
    delete filters.surveyId;
  }
  for (const [metric, key] of Object.entries(SURVEY_KEYS) as [MetricName, (typeof SURVEY_KEYS)[MetricName]][]) {
    const id = filters[key];
    if (id === undefined) continue;
    if (!scope.metrics.includes(metric)) delete filters[key]; // a metric this role doesn't see
    else if (surveyOptions[metric].some((s) => s.id === id)) surveyIds[metric] = id;
    else {
      notes.push(`The ${metric === "ENPS" ? "eNPS" : metric} survey in the link is not one of this organization's, so all its surveys are counted.`);
      delete filters[key];
    }
  }

  const window = presetWindow(filters.period, today, filters.from && filters.to ? { from: filters.from, to: filters.to } : undefined);
  // Employee figures only over whole calendar months: overlapping day windows could be
  // differenced into a few days' answers (docs/decisions/004, "Residual risk").
  const exWindow = wholeMonths(window);
  const windowOf = (metric: MetricName) => (metric === "ENPS" ? exWindow : window);
  const readable = scope.readable;

  const buckets = bucketsCovering(window, filters.unit, TREND_BUCKETS);
  const passes = startPasses(db, {
    orgId,
    metrics: scope.metrics,
    surveyIds,
    readable,
    trend: { unit: filters.unit, from: buckets[0]!.from, to: buckets[buckets.length - 1]!.to },
    windowsOf: (metric) => [windowOf(metric), previousWindow(windowOf(metric))],
  });
  const figuresFor = (metric: MetricName, which: 0 | 1) =>
    loadWindowFigures(db, {
      orgId, teams, k, metric, window: which === 0 ? windowOf(metric) : previousWindow(windowOf(metric)),
      surveyId: surveyIds[metric], anchorTeamId, readableTeamIds: readable, shared: passes.window(metric, which),
    });

  const followUpTeams = can(member.role, "followups:work") && scope.customerSide ? followUpScopeTeamIds(member, teams) : undefined;
  const followUpIds = followUpTeams === undefined ? undefined : followUpTeams === null ? (inView ? [...inView] : null) : followUpTeams.filter((id) => !inView || inView.has(id));

  const [current, previous, trends, correlation, journey, ideas, followUps] = await Promise.all([
    Promise.all(scope.metrics.map((m) => figuresFor(m, 0))),
    Promise.all(scope.metrics.map((m) => figuresFor(m, 1))),
    loadTrends(db, { orgId, teams, k, metrics: scope.metrics, unit: filters.unit, buckets, anchorTeamId, surveyIds, shared: passes.trend }),
    scope.correlation && !scope.noTeam
      ? loadCorrelationBlock(db, { orgId, query: { cx: filters.cx, from: exWindow.from, to: exWindow.to, lag: filters.lag, period: filters.lagPeriod }, teamIds: inView })
      : null,
    scope.customerSide && !scope.noTeam ? loadJourneyStrip(db, { orgId, journeyId: filters.journeyId, window, teamId: anchorTeamId }) : null,
    scope.noTeam ? [] : listTopIdeas(db, { orgId, teamIds: inView ? [...inView] : null, take: LIST_SIZE }),
    followUpIds === undefined ? null : listOpenFollowUps(db, { orgId, teamIds: followUpIds, take: LIST_SIZE }),
  ]);
  if (journey?.note) {
    notes.push(journey.note);
    delete filters.journeyId;
  }

  const tiles: Tile[] = scope.metrics.map((metric, i) => {
    const figure = current[i]!.overall;
    const before = previous[i]!.overall;
    const comparable = (f: TrendFigure) => ("suppressed" in f ? null : f);
    return { metric, window: windowOf(metric), previousWindow: previousWindow(windowOf(metric)), figure, previous: before, change: comparePeriods(comparable(figure), comparable(before)) };
  });
  const table = scope.noTeam
    ? []
    : buildTeamTable({ teams, anchorTeamId, visible: scope.allowed, figures: Object.fromEntries(scope.metrics.map((m, i) => [m, current[i]!.subtrees])) });
  const visibleTeams = teams.filter((t) => !scope.allowed || scope.allowed.has(t.id)).map((t) => ({ ...t, createdAt: "" }));
  const teamOptions = flattenTree(buildTeamTree(visibleTeams)).map((t) => ({ id: t.id, name: t.name, depth: t.depth }));
  const anchorTeamRow = anchorTeamId === undefined ? undefined : teams.find((t) => t.id === anchorTeamId);

  return {
    scope,
    filters,
    notes,
    k,
    today,
    window,
    exWindow,
    anchor: anchorTeamRow ? { teamId: anchorTeamRow.id, name: anchorTeamRow.name } : null,
    teamOptions,
    surveyOptions,
    tiles,
    trends: { unit: filters.unit, series: trends },
    table,
    correlation,
    journey,
    ideas,
    followUps,
  };
}
