import { assertPairedFinite, isConstant, pearson } from "./pearson";

export interface SpearmanResult {
  /** Pearson's r of the average ranks; null when n < 3 or either series is constant. */
  rho: number | null;
  /** Two-sided, by the same t approximation as Pearson's (n − 2 df); null whenever rho is. */
  pValue: number | null;
}

/**
 * 1-based ranks where tied values share the average of the ranks they span, so
 * [10, 20, 20, 30] ranks as [1, 2.5, 2.5, 4]. Non-finite values throw: NaN has no order.
 */
export function averageRanks(values: readonly number[]): number[] {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`values must be finite numbers (index ${i})`);
  });
  const order = values.map((_, i) => i).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    const value = values[order[start] ?? 0];
    while (end + 1 < order.length && values[order[end + 1] ?? 0] === value) end++;
    // Positions start..end (0-based) hold ranks start+1..end+1; their mean is the midpoint.
    const rank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) ranks[order[i] ?? 0] = rank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Spearman's ρ as Pearson's r of average ranks, which is the definition that stays right
 * with ties (the 1 − 6Σd²/(n(n² − 1)) shortcut does not). The p-value uses the t
 * approximation that DESIGN.md prescribes for both coefficients.
 */
export function spearman(xs: readonly number[], ys: readonly number[]): SpearmanResult {
  assertPairedFinite(xs, ys);
  if (xs.length < 3 || isConstant(xs) || isConstant(ys)) return { rho: null, pValue: null };
  const { r, pValue } = pearson(averageRanks(xs), averageRanks(ys));
  return { rho: r, pValue };
}
