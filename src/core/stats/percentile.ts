/**
 * Percentiles of measured durations, by the nearest-rank method: the p-th percentile is the
 * smallest sample with at least p% of the samples at or below it. No interpolation, so the
 * figure is always a latency that was actually observed (the benchmark reports p50, p95 and
 * p99 this way: scripts/bench.ts, docs/decisions/017-benchmark.md).
 */

/** Throws on an empty list, a non-finite sample or p outside (0, 100]: all callers' bugs. */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`a percentile must be in (0, 100], got ${p}`);
  if (samples.length === 0) throw new RangeError("a percentile of no samples is undefined");
  if (samples.some((s) => !Number.isFinite(s))) throw new RangeError("samples must be finite numbers");
  const sorted = [...samples].sort((a, b) => a - b);
  // Rounded before the ceiling so that p · n that should be whole (95 · 20 / 100 = 19) is not
  // pushed up a rank by a floating-point error (19.000000000000004).
  const rank = Math.ceil(Math.round((p / 100) * sorted.length * 1e9) / 1e9);
  return sorted[Math.max(1, rank) - 1]!;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  return {
    count: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: percentile(samples, 100),
  };
}
