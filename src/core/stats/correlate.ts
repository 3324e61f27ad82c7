import { pearson, type PearsonResult } from "./pearson";
import { spearman, type SpearmanResult } from "./spearman";

export interface CorrelationPoint {
  /** EX, e.g. a team's eNPS. */
  x: number;
  /** CX, e.g. the same team's NPS or CSAT. */
  y: number;
}

export interface CorrelationResult {
  n: number;
  pearson: PearsonResult;
  spearman: SpearmanResult;
}

/**
 * Both coefficients over the team points (DESIGN.md, "Correlation per team"). Too few
 * points (r needs 3, its interval 4) or a constant series give nulls rather than an error,
 * so the dashboard can say "too few teams" instead of failing. Non-finite coordinates still
 * throw: they mean a bug upstream, and a null would pass them off as "too few teams".
 */
export function correlate(points: readonly CorrelationPoint[]): CorrelationResult {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { n: points.length, pearson: pearson(xs, ys), spearman: spearman(xs, ys) };
}
