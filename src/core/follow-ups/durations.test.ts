import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS, elapsedMs, formatDuration, HOUR_MS, median, MINUTE_MS, percentile, summarizeDurations } from "./durations";

describe("percentile and median", () => {
  it("match hand-computed examples (linear between closest ranks, type 7)", () => {
    // Sorted 1,2,3,4: median h = 3·0.5 = 1.5 → 2 + 0.5·(3 − 2) = 2.5.
    expect(median([4, 1, 3, 2])).toBe(2.5);
    // p90 h = 3·0.9 = 2.7 → 3 + 0.7·(4 − 3) = 3.7.
    expect(percentile([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 12);
    // Odd n: the middle value. 10, 20, 30, 40, 100: median 30; p90 h = 3.6 → 40 + 0.6·60 = 76.
    expect(median([100, 10, 40, 20, 30])).toBe(30);
    expect(percentile([100, 10, 40, 20, 30], 0.9)).toBeCloseTo(76, 12);
    // One value is every percentile; the ends are the min and the max.
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([5, 1, 9], 0)).toBe(1);
    expect(percentile([5, 1, 9], 1)).toBe(9);
  });

  it("is null for no values and refuses a p outside [0, 1] or a non-finite value", () => {
    expect(median([])).toBeNull();
    expect(summarizeDurations([])).toEqual({ n: 0, median: null, p90: null });
    expect(() => percentile([1], 1.1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    expect(() => percentile([1, Number.POSITIVE_INFINITY], 0.5)).toThrow(RangeError);
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it("lies between the min and the max, is monotone in p, and ignores order (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 * DAY_MS }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          const a = percentile(values, lo)!;
          const b = percentile(values, hi)!;
          expect(a).toBeGreaterThanOrEqual(Math.min(...values));
          expect(b).toBeLessThanOrEqual(Math.max(...values));
          expect(a).toBeLessThanOrEqual(b + 1e-6);
          expect(percentile([...values].reverse(), lo)).toBe(a);
          // The median splits the values: at most half are strictly below, at most half strictly above.
          const m = median(values)!;
          expect(values.filter((v) => v < m).length).toBeLessThanOrEqual(values.length / 2);
          expect(values.filter((v) => v > m).length).toBeLessThanOrEqual(values.length / 2);
        },
      ),
    );
  });
});

describe("elapsedMs", () => {
  it("is the difference, null when the end is unknown, and never negative", () => {
    const start = new Date("2026-01-01T00:00:00Z");
    expect(elapsedMs(start, new Date("2026-01-01T02:30:00Z"))).toBe(2.5 * HOUR_MS);
    expect(elapsedMs(start, null)).toBeNull();
    expect(elapsedMs(start, new Date("2025-12-31T23:00:00Z"))).toBe(0);
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "less than a minute"],
    [59_999, "less than a minute"],
    [MINUTE_MS, "1 minute"],
    [45 * MINUTE_MS + 59_000, "45 minutes"],
    [HOUR_MS, "1 hour"],
    [3 * HOUR_MS + 5 * MINUTE_MS, "3 hours 5 minutes"],
    [DAY_MS, "1 day"],
    [2 * DAY_MS + 4 * HOUR_MS + 59 * MINUTE_MS, "2 days 4 hours"],
    [DAY_MS + HOUR_MS, "1 day 1 hour"],
    [40 * DAY_MS, "40 days"],
  ])("%i ms → %s", (ms, words) => {
    expect(formatDuration(ms)).toBe(words);
  });

  it("refuses a negative or non-finite duration", () => {
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
  });
});
