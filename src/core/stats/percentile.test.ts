import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentile, summarizeLatencies } from "./percentile";

describe("percentile (nearest rank)", () => {
  it("matches the textbook example", () => {
    // Nearest-rank on 15, 20, 35, 40, 50: p30 → rank ⌈1.5⌉ = 2 → 20; p40 → rank 2 → 20;
    // p50 → rank ⌈2.5⌉ = 3 → 35; p100 → 50.
    const values = [50, 15, 40, 20, 35];
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
  });

  it("takes the 95th of 1..20 as 19 and the 95th of 1..200 as 190", () => {
    const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(percentile(range(20), 95)).toBe(19);
    expect(percentile(range(200), 95)).toBe(190);
    expect(percentile(range(200), 99)).toBe(198);
    expect(percentile(range(200), 50)).toBe(100);
  });

  it("gives the smallest sample for a tiny p and the only sample of a list of one", () => {
    expect(percentile([3, 1, 2], 0.001)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it("refuses an empty list, p outside (0, 100] and non-finite samples", () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(RangeError);
  });

  it("is a sample, with at least p% of the samples at or below it and fewer below it", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 100 }), (values, p) => {
        const result = percentile(values, p);
        expect(values).toContain(result);
        const atOrBelow = values.filter((v) => v <= result).length;
        const below = values.filter((v) => v < result).length;
        expect(atOrBelow).toBeGreaterThanOrEqual((p / 100) * values.length - 1e-9);
        expect(below).toBeLessThan((p / 100) * values.length + 1e-9);
      }),
    );
  });
});

describe("summarizeLatencies", () => {
  it("reports count, p50, p95, p99 and max", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarizeLatencies(values)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  });
});
