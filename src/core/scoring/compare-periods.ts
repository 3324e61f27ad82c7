/**
 * "Change against the previous period, and whether it is beyond the margins"
 * (docs/decisions/016-dashboard.md).
 *
 * Each period's score has a 95% margin of error, MOE = 1.96 · SE (DESIGN.md, "The numbers").
 * The two periods are independent samples, so the difference has SE = sqrt(SE₁² + SE₂²), and
 * its 95% margin is 1.96 · sqrt(SE₁² + SE₂²) = sqrt(MOE₁² + MOE₂²). The change is "beyond the
 * margins" when |Δ| > sqrt(MOE₁² + MOE₂²): a two-sided test at the 5% level. Requiring the two
 * intervals not to overlap (|Δ| > MOE₁ + MOE₂) would be a test at well under 5% and miss real
 * changes; |Δ| > max(MOE) would flag noise.
 */

export interface ScoreWithMargin {
  score: number | null;
  marginOfError: number | null;
}

export interface PeriodChange {
  /** current − previous, in the metric's points. */
  delta: number;
  /** sqrt(MOE₁² + MOE₂²): the 95% margin of the difference. */
  margin: number;
  /** |delta| > margin. */
  beyondMargins: boolean;
  direction: "up" | "down" | "flat";
}

/** null when either period has no figure (nobody answered, or an employee figure is hidden). */
export function comparePeriods(current: ScoreWithMargin | null, previous: ScoreWithMargin | null): PeriodChange | null {
  if (!current || !previous) return null;
  const { score: now, marginOfError: nowMargin } = current;
  const { score: before, marginOfError: beforeMargin } = previous;
  if (now === null || before === null || nowMargin === null || beforeMargin === null) return null;
  for (const value of [now, before, nowMargin, beforeMargin]) {
    if (!Number.isFinite(value)) throw new RangeError(`scores and margins must be finite, got ${value}`);
  }
  if (nowMargin < 0 || beforeMargin < 0) throw new RangeError("a margin of error cannot be negative");
  const delta = now - before;
  const margin = Math.hypot(nowMargin, beforeMargin);
  return { delta, margin, beyondMargins: Math.abs(delta) > margin, direction: delta > 0 ? "up" : delta < 0 ? "down" : "flat" };
}
