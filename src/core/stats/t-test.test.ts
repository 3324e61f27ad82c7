import { describe, expect, it } from "vitest";
import { correlationPValue, twoSidedTPValue } from "./t-test";

// jStat's incomplete beta stops iterating at a relative change of 3e-7; against SciPy its
// two-sided p-values are within ~1e-8 for small df and ~1e-7 at df in the thousands
// (docs/decisions/002-statistics-library.md). So "exact" p-values are checked to 1e-7.
const P_DIGITS = 7;

describe("twoSidedTPValue", () => {
  it("reproduces the t table: t(0.975, 10) = 2.228 has a two-sided p of 0.05", () => {
    // Reference: any Student t table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2), critical
    // value 2.228 at df = 10 for 0.05 two-sided; the table's 3 decimals bound the precision.
    expect(twoSidedTPValue(2.228, 10)).toBeCloseTo(0.05, 4);
    expect(twoSidedTPValue(-2.228, 10)).toBeCloseTo(0.05, 4);
    // Other table rows: t(0.975, 1) = 12.706, t(0.995, 5) = 4.032, t(0.975, 30) = 2.042.
    expect(twoSidedTPValue(12.706, 1)).toBeCloseTo(0.05, 4);
    expect(twoSidedTPValue(4.032, 5)).toBeCloseTo(0.01, 4);
    expect(twoSidedTPValue(2.042, 30)).toBeCloseTo(0.05, 4);
  });

  it("matches closed forms exactly", () => {
    // df = 1 is the Cauchy distribution: P(|T| ≥ t) = 1 − (2/π)·atan(t), so t = 1 gives 1/2.
    expect(twoSidedTPValue(1, 1)).toBeCloseTo(0.5, P_DIGITS);
    for (const t of [0.1, 0.5, 3, 20]) {
      expect(twoSidedTPValue(t, 1)).toBeCloseTo(1 - (2 / Math.PI) * Math.atan(t), P_DIGITS);
      // df = 2: F(t) = 1/2 + t/(2·sqrt(2 + t²)), so P(|T| ≥ t) = 1 − t/sqrt(2 + t²).
      expect(twoSidedTPValue(t, 2)).toBeCloseTo(1 - t / Math.sqrt(2 + t * t), P_DIGITS);
    }
  });

  it("is 1 at t = 0, 0 at infinity, and keeps tiny p-values", () => {
    expect(twoSidedTPValue(0, 7)).toBeCloseTo(1, P_DIGITS);
    expect(twoSidedTPValue(Infinity, 7)).toBe(0);
    // SciPy: 2·t.sf(50, 10) = 2.4743103293e-13; 1 − cdf would lose it entirely.
    const p = twoSidedTPValue(50, 10);
    expect(p).toBeGreaterThan(0);
    expect(p / 2.47431032930268e-13).toBeCloseTo(1, 5);
  });

  it("rejects impossible inputs", () => {
    expect(() => twoSidedTPValue(1, 0)).toThrow(RangeError);
    expect(() => twoSidedTPValue(Number.NaN, 3)).toThrow(RangeError);
    expect(() => correlationPValue(0.5, 2)).toThrow(RangeError);
  });
});

describe("correlationPValue", () => {
  it("is 0 for a perfect correlation and 1 for none", () => {
    expect(correlationPValue(1, 5)).toBe(0);
    expect(correlationPValue(-1, 3)).toBe(0);
    expect(correlationPValue(0, 10)).toBeCloseTo(1, 7);
  });
});
