import { Z_95 } from "../stats/constants";
import { countBetween, histogramTotal, type ScoreHistogram } from "./histogram";
import { CSAT_SCALE } from "./scales";

export interface CsatResult {
  /** Percentage of 4s and 5s, 0..100, unrounded; null when nobody answered. */
  score: number | null;
  /** Mean answer on the 1..5 scale; null when n = 0. */
  mean: number | null;
  n: number;
  satisfied: number;
  /** Half-width of the 95% interval in percentage points; null when n = 0. */
  marginOfError: number | null;
}

/**
 * CSAT from a 1..5 histogram (index 0 unused), per DESIGN.md "The numbers":
 * CSAT = 100·(count of 4 and 5)/n, MOE = 1.96·100·sqrt(c(1 − c)/n) with c the satisfied
 * share, computed as 1.96·100·sqrt(S(n − S)/n³) so that it is exactly 0 at c = 0 or 1.
 */
export function computeCsat(hist: ScoreHistogram): CsatResult {
  const n = histogramTotal(hist, CSAT_SCALE);
  const satisfied = countBetween(hist, 4, 5);
  if (n === 0) return { score: null, mean: null, n: 0, satisfied: 0, marginOfError: null };
  let total = 0;
  for (let score = CSAT_SCALE.min; score <= CSAT_SCALE.max; score++) total += score * (hist[score] ?? 0);
  return {
    score: (100 * satisfied) / n,
    mean: total / n,
    n,
    satisfied,
    marginOfError: Z_95 * 100 * Math.sqrt((satisfied * (n - satisfied)) / (n * n * n)),
  };
}
