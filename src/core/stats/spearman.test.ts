import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pearson } from "./pearson";
import { averageRanks, spearman } from "./spearman";

describe("averageRanks", () => {
  it("ranks from 1 and averages ties", () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 1, 2])).toEqual([3, 1, 2]);
    // Sorted 1,5,7,7,7: the 7s share ranks 3,4,5 → 4 each.
    expect(averageRanks([5, 7, 7, 7, 1])).toEqual([2, 4, 4, 4, 1]);
    expect(averageRanks([4, 4, 4, 4])).toEqual([2.5, 2.5, 2.5, 2.5]);
    expect(averageRanks([])).toEqual([]);
    expect(averageRanks([-0, 0])).toEqual([1.5, 1.5]);
  });

  it("rejects NaN, which has no order", () => {
    expect(() => averageRanks([1, Number.NaN])).toThrow(RangeError);
  });

  it("always sums to n(n + 1)/2", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), (values) => {
        const n = values.length;
        expect(averageRanks(values).reduce((a, b) => a + b, 0)).toBeCloseTo((n * (n + 1)) / 2, 9);
      }),
    );
  });
});

describe("spearman", () => {
  it("reproduces Wikipedia's IQ vs hours of TV example", () => {
    // en.wikipedia.org/wiki/Spearman%27s_rank_correlation_coefficient, "Example":
    // Σd² = 194, ρ = 1 − 6·194/(10·99) = −29/165 ≈ −0.175757575…, p = 0.627188 (t-distribution).
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    const result = spearman(iq, tv);
    expect(result.rho).toBeCloseTo(-29 / 165, 12);
    expect(result.pValue).toBeCloseTo(0.627188, 6);
  });

  it("matches a hand-computed case with ties", () => {
    // x = 1,2,2,3 → ranks 1,2.5,2.5,4; y = 1,2,3,4 → ranks 1,2,3,4. Means 2.5.
    // Sxy = 2.25 + 0 + 0 + 2.25 = 4.5, Sxx = 4.5, Syy = 5 → ρ = 4.5/sqrt(22.5) = 3/√10.
    // t = ρ·sqrt(2/(1 − 0.9)) = 3√2 on 2 df: p = 1 − t/sqrt(2 + t²) = 1 − 3√2/√20 = 1 − 3/√10.
    const result = spearman([1, 2, 2, 3], [1, 2, 3, 4]);
    expect(result.rho).toBeCloseTo(3 / Math.sqrt(10), 12);
    expect(result.pValue).toBeCloseTo(1 - 3 / Math.sqrt(10), 7);
  });

  it("is ±1 with p = 0 for monotone data and null when it cannot be defined", () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toEqual({ rho: 1, pValue: 0 });
    expect(spearman([1, 2, 3], [9, 4, 1])).toEqual({ rho: -1, pValue: 0 });
    expect(spearman([1, 2], [1, 2])).toEqual({ rho: null, pValue: null });
    expect(spearman([3, 3, 3, 3], [1, 2, 3, 4])).toEqual({ rho: null, pValue: null });
  });

  const series = fc
    .integer({ min: 3, max: 25 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n, maxLength: n }),
      ),
    );

  it("equals Pearson's r of the average ranks", () => {
    fc.assert(
      fc.property(series, ([xs, ys]) => {
        const s = spearman(xs, ys);
        const p = pearson(averageRanks(xs), averageRanks(ys));
        expect(s.rho).toBe(p.r);
        expect(s.pValue).toBe(p.pValue);
      }),
    );
  });

  it("is unchanged by strictly increasing transforms", () => {
    fc.assert(
      fc.property(series, ([xs, ys]) => {
        const s = spearman(xs, ys);
        const t = spearman(xs.map((x) => x ** 3 + 7), ys.map((y) => Math.exp(y / 5)));
        if (s.rho === null) expect(t.rho).toBeNull();
        else expect(t.rho).toBeCloseTo(s.rho, 12);
      }),
    );
  });
});
