/**
 * The EX ↔ CX scatter: GET /api/v1/correlations' own computation (getCorrelations), so the
 * page and the API give the same numbers. When the view is narrowed to a subtree (a team filter,
 * or a manager's scope) the points are the API's points for those teams and the statistics are
 * src/core's correlate over them: the same function over fewer teams.
 */
import { correlate } from "@/core";
import { leastSquares, type Line } from "@/core/stats/least-squares";
import { readCorrelation, type CorrelationReading } from "@/core/stats/read-correlation";
import type { DayWindow } from "@/core/dashboard/calendar";
import type { CorrelationsQuery, CorrelationsResponse } from "@/lib/schemas/metrics";
import { getCorrelations } from "../metrics/get-correlations";
import { shiftDayByMonths } from "../metrics/shift-day";
import type { DbOrTx } from "../prisma-client";

export interface CorrelationBlock {
  query: CorrelationsQuery;
  /** The CX window the points' customer scores come from (the EX window moved on by the lag). */
  cxWindow: DayWindow;
  result: CorrelationsResponse;
  /** True when the points were limited to the teams in view. */
  narrowed: boolean;
  reading: CorrelationReading;
  /** Least-squares line cx = intercept + slope · ex, when there are at least 2 distinct ex. */
  fit: Line | null;
}

export async function loadCorrelationBlock(
  db: DbOrTx,
  { orgId, query, teamIds }: { orgId: string; query: CorrelationsQuery; teamIds: ReadonlySet<string> | null },
): Promise<CorrelationBlock> {
  const api = await getCorrelations(db, { orgId, query });
  let result = api;
  if (teamIds) {
    const points = api.points.filter((p) => teamIds.has(p.teamId));
    const stats = correlate(points.map((p) => ({ x: p.ex, y: p.cx })));
    const ci95 = stats.pearson.ci95;
    result = {
      ...api,
      n: stats.n,
      pearson: { r: stats.pearson.r, pValue: stats.pearson.pValue, ci95: ci95 ? [ci95[0], ci95[1]] : null },
      spearman: { rho: stats.spearman.rho, pValue: stats.spearman.pValue },
      points,
    };
  }
  const shift = query.lag * (query.period === "quarter" ? 3 : 1);
  return {
    query,
    cxWindow: { from: shiftDayByMonths(query.from, shift), to: shiftDayByMonths(query.to, shift) },
    result,
    narrowed: teamIds !== null,
    reading: readCorrelation({ n: result.n, r: result.pearson.r, pValue: result.pearson.pValue, ci95: result.pearson.ci95, cx: query.cx, lag: query.lag, period: query.period }),
    fit: leastSquares(result.points.map((p) => ({ x: p.ex, y: p.cx }))),
  };
}
