/**
 * One metric over one window: the overall of the group in view and the subtree aggregate of every
 * team the table may list, from one grouped rollup query (plus, for eNPS, the respondent
 * counts). Employee figures follow the metrics API's single suppression tree, decided over the
 * whole organization: a team's row is what `GET /api/v1/metrics?teamId=<team>` shows as its
 * overall, so nothing here can be subtracted into a group the API hides (docs/decisions/004).
 */
import { addHistograms } from "@/core";
import type { DayWindow } from "@/core/dashboard/calendar";
import type { MetricName } from "@/lib/schemas/metrics";
import { computeFigure } from "../metrics/compute-figure";
import { decideEnpsVisibility } from "../metrics/decide-enps-visibility";
import { childrenByParent, type OrgTeam } from "../metrics/load-org-teams";
import { loadParticipation, respondentCounts, type TeamParticipation } from "../metrics/load-respondent-counts";
import { EMPTY_HISTOGRAM, loadTeamHistograms, type TeamHistogram } from "../metrics/load-team-histograms";
import type { DbOrTx } from "../prisma-client";
import type { TrendFigure } from "./load-trends";

export interface WindowFiguresOptions {
  orgId: string;
  teams: readonly OrgTeam[];
  k: number;
  metric: MetricName;
  window: DayWindow;
  surveyId?: string;
  anchorTeamId: string | undefined;
  /** The teams whose customer figures may be read (the viewer's scope); null = all. */
  readableTeamIds: ReadonlySet<string> | null;
  /** The window's rows, when the caller reads them in shared passes (load-histogram-pass.ts, load-participation.ts). */
  shared?: SharedWindowData;
}

type Loaded<T> = Promise<ReadonlyMap<string, T>>;

/** Pre-loaded inputs; the `unfiltered` ones are needed with an eNPS survey filter. */
export interface SharedWindowData {
  histograms: Loaded<TeamHistogram>;
  unfilteredHistograms?: Loaded<TeamHistogram>;
  participation?: Loaded<TeamParticipation>;
  unfilteredParticipation?: Loaded<TeamParticipation>;
}

export interface WindowFigures {
  /** The group in view: the anchor team's subtree, or the organization. */
  overall: TrendFigure;
  /** Per team: its subtree's figure (a suppressed marker where the API hides it). */
  subtrees: Map<string, TrendFigure>;
}

/** Every team's subtree histogram, children before parents, without recursion. */
export function subtreeHistograms(teams: readonly OrgTeam[], byTeam: ReadonlyMap<string, TeamHistogram>): Map<string, number[]> {
  const children = childrenByParent(teams);
  const order: OrgTeam[] = [];
  const stack = [...(children.get(null) ?? [])];
  while (stack.length > 0) {
    const team = stack.pop()!;
    order.push(team);
    stack.push(...(children.get(team.id) ?? []));
  }
  const sums = new Map<string, number[]>();
  for (const team of order.reverse()) {
    let hist = byTeam.get(team.id)?.hist ?? EMPTY_HISTOGRAM.hist;
    for (const child of children.get(team.id) ?? []) hist = addHistograms(hist, sums.get(child.id) ?? EMPTY_HISTOGRAM.hist);
    sums.set(team.id, [...hist]);
  }
  return sums;
}

export async function loadWindowFigures(db: DbOrTx, options: WindowFiguresOptions): Promise<WindowFigures> {
  const { orgId, teams, k, metric, window, surveyId, anchorTeamId, readableTeamIds, shared } = options;
  const query = { orgId, metric, from: window.from, to: window.to, surveyId };
  const orgHist = (byTeam: ReadonlyMap<string, TeamHistogram>): number[] => teams.map((t) => byTeam.get(t.id)?.hist ?? EMPTY_HISTOGRAM.hist).reduce(addHistograms, [...EMPTY_HISTOGRAM.hist]);

  if (metric !== "ENPS") {
    const byTeam = await (shared?.histograms ?? loadTeamHistograms(db, readableTeamIds ? { ...query, teamIds: [...readableTeamIds] } : query));
    const sums = subtreeHistograms(teams, byTeam);
    const subtrees = new Map<string, TrendFigure>();
    for (const team of teams) if (!readableTeamIds || readableTeamIds.has(team.id)) subtrees.set(team.id, computeFigure(metric, sums.get(team.id)!));
    const overall = computeFigure(metric, anchorTeamId === undefined ? orgHist(byTeam) : sums.get(anchorTeamId)!);
    return { overall, subtrees };
  }

  // Employee figures: every team is read, because the decision depends on all of them.
  // The participation queries need no rollups: all four run at once.
  const filtered = surveyId !== undefined;
  const [byTeam, unfiltered, participation, unfilteredParticipation] = await Promise.all([
    shared?.histograms ?? loadTeamHistograms(db, query),
    filtered ? (shared?.unfilteredHistograms ?? loadTeamHistograms(db, { ...query, surveyId: undefined })) : undefined,
    shared?.participation ?? loadParticipation(db, { orgId, ...window, surveyId }),
    filtered ? (shared?.unfilteredParticipation ?? loadParticipation(db, { orgId, ...window })) : undefined,
  ]);
  const counts = respondentCounts(byTeam, participation);
  const unfilteredCounts = unfiltered && respondentCounts(unfiltered, unfilteredParticipation!);
  const visibility = decideEnpsVisibility({ k, teams, counts, unfilteredCounts });
  const sums = subtreeHistograms(teams, byTeam);
  const subtrees = new Map<string, TrendFigure>();
  for (const team of teams) {
    if (readableTeamIds && !readableTeamIds.has(team.id)) continue;
    subtrees.set(team.id, visibility.isOverallShown(team.id) ? computeFigure(metric, sums.get(team.id)!) : { suppressed: true });
  }
  const overall: TrendFigure = visibility.isOverallShown(anchorTeamId)
    ? computeFigure(metric, anchorTeamId === undefined ? orgHist(byTeam) : sums.get(anchorTeamId)!)
    : { suppressed: true };
  return { overall, subtrees };
}
