import jStat from "jstat";

/**
 * Two-sided p-value of a t statistic with `df` degrees of freedom: P(|T| ≥ |t|).
 * Uses the lower tail at −|t| rather than 1 − cdf(|t|), so very small p-values are not lost
 * to cancellation.
 */
export function twoSidedTPValue(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  if (Number.isNaN(t)) throw new RangeError("t statistic is NaN");
  if (!Number.isFinite(t)) return 0;
  const p = 2 * jStat.studentt.cdf(-Math.abs(t), df);
  return Math.min(1, Math.max(0, p));
}

/**
 * The usual test of a correlation coefficient against 0 (DESIGN.md, "Correlation per
 * team"): t = r·sqrt((n − 2)/(1 − r²)) with n − 2 degrees of freedom. A perfect correlation
 * has an infinite t, hence p = 0. Needs n ≥ 3.
 */
export function correlationPValue(r: number, n: number): number {
  if (n < 3) throw new RangeError(`a correlation p-value needs n ≥ 3, got ${n}`);
  if (Math.abs(r) >= 1) return 0;
  const t = r * Math.sqrt((n - 2) / (1 - r * r));
  return twoSidedTPValue(t, n - 2);
}
