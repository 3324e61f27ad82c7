import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fisherInterval, pearson } from "./pearson";

// Anscombe (1973), "Graphs in Statistical Analysis", The American Statistician 27(1), set I.
const ANSCOMBE_X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const ANSCOMBE_Y1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

describe("pearson", () => {
  it("matches a hand-computed n = 3 case, with no interval", () => {
    // x = 1,2,3; y = 1,3,2. Means 2, 2. dx = −1,0,1; dy = −1,1,0.
    // Sxy = 1, Sxx = Syy = 2 → r = 1/2.
    // t = 0.5·sqrt(1/0.75) = 1/√3 on 1 df (Cauchy): p = 1 − (2/π)·atan(1/√3) = 1 − (2/π)(π/6) = 2/3.
    const result = pearson([1, 2, 3], [1, 3, 2]);
    expect(result.r).toBeCloseTo(0.5, 12);
    // p-values go through jStat, good to ~1e-8 (see t-test.test.ts).
    expect(result.pValue).toBeCloseTo(2 / 3, 7);
    expect(result.ci95).toBeNull();
  });

  it("matches a hand-computed n = 4 case, interval included", () => {
    // x = 1,2,3,4; y = 2,1,4,3. Means 2.5. dx = −1.5,−.5,.5,1.5; dy = −.5,−1.5,1.5,.5.
    // Sxy = .75·4 = 3, Sxx = Syy = 5 → r = 0.6.
    // t = 0.6·sqrt(2/0.64) = 0.75·√2, t² = 1.125; df = 2: p = 1 − t/sqrt(2 + t²) = 1 − 1.0607/1.7678 = 0.4.
    // atanh(0.6) = ½·ln(1.6/0.4) = ln 2; n − 3 = 1 → CI = tanh(ln 2 ± 1.96).
    const result = pearson([1, 2, 3, 4], [2, 1, 4, 3]);
    expect(result.r).toBeCloseTo(0.6, 12);
    expect(result.pValue).toBeCloseTo(0.4, 7);
    expect(result.ci95?.[0]).toBeCloseTo(Math.tanh(Math.LN2 - 1.96), 12);
    expect(result.ci95?.[1]).toBeCloseTo(Math.tanh(Math.LN2 + 1.96), 12);
  });

  it("reproduces Anscombe's set I and R's cor.test on it", () => {
    // Anscombe reports r = 0.816. R 4.x, cor.test(anscombe$x1, anscombe$y1):
    //   t = 4.2415, df = 9, p-value = 0.00217, 95% CI 0.4243912 0.9506933, cor 0.8164205.
    // R's interval uses qnorm(0.975) = 1.959964 where DESIGN.md says 1.96, so we agree to ~1e-5.
    const result = pearson(ANSCOMBE_X, ANSCOMBE_Y1);
    expect(result.r).toBeCloseTo(0.816, 3);
    expect(result.r).toBeCloseTo(0.8164205, 7);
    expect(result.pValue).toBeCloseTo(0.00217, 5);
    expect(result.ci95?.[0]).toBeCloseTo(0.4243912, 4);
    expect(result.ci95?.[1]).toBeCloseTo(0.9506933, 4);
    const z = Math.atanh(result.r ?? Number.NaN);
    expect(result.ci95?.[0]).toBeCloseTo(Math.tanh(z - 1.96 / Math.sqrt(8)), 12);
  });

  it("reproduces a published R cor.test run", () => {
    // Aoki, "Correlation coefficient" (aoki2.si.gunma-u.ac.jp/lecture/Corr/corr-r.html), R output:
    //   t = 0.3736, df = 8, p-value = 0.7184, 95% CI −0.5434819 0.7026470, cor 0.1309564.
    const x = [9.7, 10.3, 9.6, 7.7, 10.2, 10.6, 10.4, 11.4, 7.8, 8.6];
    const y = [9.9, 10.9, 9.4, 11.4, 10.1, 8.4, 10.4, 11.4, 9.0, 9.6];
    const result = pearson(x, y);
    expect(result.r).toBeCloseTo(0.1309564, 7);
    expect(result.pValue).toBeCloseTo(0.7184, 4);
    expect(result.ci95?.[0]).toBeCloseTo(-0.5434819, 4);
    expect(result.ci95?.[1]).toBeCloseTo(0.702647, 4);
  });

  it("handles perfect correlations: p = 0 and a collapsed interval", () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toEqual({ r: 1, pValue: 0, ci95: [1, 1] });
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toEqual({ r: -1, pValue: 0, ci95: [-1, -1] });
    expect(pearson([1, 2, 3], [3, 2, 1])).toEqual({ r: -1, pValue: 0, ci95: null });
  });

  it("is null below 3 points or when a series is constant", () => {
    const none = { r: null, pValue: null, ci95: null };
    expect(pearson([], [])).toEqual(none);
    expect(pearson([1], [2])).toEqual(none);
    expect(pearson([1, 2], [2, 1])).toEqual(none);
    expect(pearson([1, 2, 3, 4], [5, 5, 5, 5])).toEqual(none);
    expect(pearson([0.1, 0.1, 0.1], [1, 2, 3])).toEqual(none);
  });

  it("rejects mismatched or non-finite series", () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(RangeError);
    expect(() => pearson([1, Number.NaN, 3], [1, 2, 3])).toThrow(RangeError);
    expect(() => pearson([1, 2, 3], [1, Infinity, 3])).toThrow(RangeError);
  });

  it("leaves Fisher's interval undefined below 4 points", () => {
    expect(fisherInterval(0.5, 3)).toBeNull();
    expect(fisherInterval(0.5, 4)).not.toBeNull();
  });

  const value = fc.integer({ min: -1000, max: 1000 });
  const series = fc
    .integer({ min: 3, max: 30 })
    .chain((n) => fc.tuple(fc.array(value, { minLength: n, maxLength: n }), fc.array(value, { minLength: n, maxLength: n })));

  it("is symmetric, bounded, and its interval contains r", () => {
    fc.assert(
      fc.property(series, ([xs, ys]) => {
        const a = pearson(xs, ys);
        const b = pearson(ys, xs);
        if (a.r === null) {
          expect(b.r).toBeNull();
          return;
        }
        expect(b.r).toBeCloseTo(a.r, 12);
        expect(Math.abs(a.r)).toBeLessThanOrEqual(1);
        expect(a.pValue).toBeGreaterThanOrEqual(0);
        expect(a.pValue).toBeLessThanOrEqual(1);
        if (a.ci95 === null) {
          expect(xs.length).toBeLessThan(4);
          return;
        }
        expect(a.ci95[0]).toBeLessThanOrEqual(a.r + 1e-12);
        expect(a.ci95[1]).toBeGreaterThanOrEqual(a.r - 1e-12);
        expect(a.ci95[0]).toBeGreaterThanOrEqual(-1);
        expect(a.ci95[1]).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("is unchanged by positive linear transforms and flips sign under negative ones", () => {
    const scale = fc.double({ min: 0.01, max: 100, noNaN: true });
    const shift = fc.double({ min: -1000, max: 1000, noNaN: true });
    fc.assert(
      fc.property(series, scale, shift, ([xs, ys], a, b) => {
        const base = pearson(xs, ys).r;
        fc.pre(base !== null);
        const moved = pearson(xs.map((x) => a * x + b), ys).r;
        expect(moved).toBeCloseTo(base ?? 0, 9);
        const flipped = pearson(xs.map((x) => -a * x + b), ys).r;
        expect(flipped).toBeCloseTo(-(base ?? 0), 9);
      }),
    );
  });
});
