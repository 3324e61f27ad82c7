/**
 * GET /api/v1/correlations: per team, eNPS (EX) against NPS or CSAT (CX) L periods later,
 * with Pearson's r and Spearman's ρ across the teams (DESIGN.md, "Correlation per team").
 */
import { computeCsat, computeNps, correlate } from "@/core";
import type { CorrelationPointDto, CorrelationsQuery, CorrelationsResponse } from "@/lib/schemas/metrics";
import type { DbOrTx } from "../prisma-client";
import { decideEnpsVisibility } from "./decide-enps-visibility";
import { loadOrgTeams, loadOrgThresholds } from "./load-org-teams";
import { loadParticipation, respondentCounts } from "./load-respondent-counts";
import { loadTeamHistograms } from "./load-team-histograms";
import { shiftDayByMonths } from "./shift-day";

export interface GetCorrelationsOptions {
  orgId: string;
  query: CorrelationsQuery;
}

const MONTHS_PER_PERIOD = { month: 1, quarter: 3 } as const;

export async function getCorrelations(db: DbOrTx, { orgId, query }: GetCorrelationsOptions): Promise<CorrelationsResponse> {
  const { cx, from, to, lag, period } = query;
  // One point per team (points carry no period), so "EX in a period paired with CX L periods
  // later" becomes: the same window of days, moved L months or quarters on (docs/decisions/004).
  const shift = lag * MONTHS_PER_PERIOD[period];
  const cxWindow = { from: shiftDayByMonths(from, shift), to: shiftDayByMonths(to, shift) };
  // All five queries at once: none needs another's result (docs/decisions/017-benchmark.md).
  const [teams, thresholds, exByTeam, cxByTeam, participation] = await Promise.all([
    loadOrgTeams(db, { orgId }),
    loadOrgThresholds(db, { orgId }),
    loadTeamHistograms(db, { orgId, metric: "ENPS", from, to }),
    loadTeamHistograms(db, { orgId, metric: cx, ...cxWindow }),
    loadParticipation(db, { orgId, from, to }),
  ]);

  // A point's exN is an employee figure: it may appear only where the metrics API would show
  // that team's eNPS row for the same window. A team's row can be hidden with n ≥ k (to stop
  // subtraction from the overall), and its exN here would undo that.
  const respondents = respondentCounts(exByTeam, participation);
  const visibility = decideEnpsVisibility({ k: thresholds.anonymityThreshold, teams, counts: respondents });

  const points: CorrelationPointDto[] = [];
  for (const team of teams) {
    const ex = exByTeam.get(team.id);
    const cxHist = cxByTeam.get(team.id);
    if (!ex || !cxHist || !visibility.isRowShown(team.id) || (respondents.get(team.id) ?? 0) < thresholds.anonymityThreshold) continue;
    if (cxHist.n < thresholds.minCxResponses) continue;
    const exScore = computeNps(ex.hist).score;
    const cxScore = (cx === "CSAT" ? computeCsat(cxHist.hist) : computeNps(cxHist.hist)).score;
    if (exScore === null || cxScore === null) continue; // unreachable with n ≥ 1; keeps the types honest
    points.push({ teamId: team.id, ex: exScore, cx: cxScore, exN: ex.n, cxN: cxHist.n });
  }
  points.sort((a, b) => (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : 0));

  const stats = correlate(points.map((p) => ({ x: p.ex, y: p.cx })));
  const ci95 = stats.pearson.ci95;
  return {
    n: stats.n,
    pearson: { r: stats.pearson.r, pValue: stats.pearson.pValue, ci95: ci95 ? [ci95[0], ci95[1]] : null },
    spearman: { rho: stats.spearman.rho, pValue: stats.spearman.pValue },
    points,
    lag,
    period,
  };
}
