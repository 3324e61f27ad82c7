/**
 * Times to first action and to close of follow-up cases: order statistics over durations and
 * their wording. Pure: durations in milliseconds in, numbers and words out.
 *
 * Percentiles interpolate linearly between the closest ranks (Hyndman & Fan's type 7, what
 * spreadsheets call PERCENTILE.INC): for sorted x₀…xₙ₋₁ and p in [0, 1], h = (n − 1)·p and the
 * value is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋). The median is p = 0.5, so with an even n it is
 * the mean of the two middle values.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The p-th percentile (p in [0, 1]) of the values, or null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile: p must be within [0, 1], got ${p}`);
  if (values.length === 0) return null;
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError("percentile: values must be finite numbers");
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const lower = sorted[lo]!;
  const upper = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return lower + (h - lo) * (upper - lower);
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

export type DurationSummary = { n: number; median: number | null; p90: number | null };

/** n, median and 90th percentile of a list of durations (ms). */
export function summarizeDurations(durations: readonly number[]): DurationSummary {
  return { n: durations.length, median: median(durations), p90: percentile(durations, 0.9) };
}

/**
 * The time from `from` to `to` in ms, or null when the second instant is not known yet. A
 * clock that went backwards (an import, a skewed server) counts as zero, never negative.
 */
export function elapsedMs(from: Date, to: Date | null): number | null {
  if (to === null) return null;
  return Math.max(0, to.getTime() - from.getTime());
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * A duration in words, to the two largest units and rounded down: "less than a minute",
 * "45 minutes", "3 hours 5 minutes", "2 days 4 hours", "40 days".
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError("formatDuration: expected a non-negative finite duration");
  if (ms < MINUTE_MS) return "less than a minute";
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  if (days > 0) return hours > 0 ? `${plural(days, "day")} ${plural(hours, "hour")}` : plural(days, "day");
  if (hours > 0) return minutes > 0 ? `${plural(hours, "hour")} ${plural(minutes, "minute")}` : plural(hours, "hour");
  return plural(minutes, "minute");
}
