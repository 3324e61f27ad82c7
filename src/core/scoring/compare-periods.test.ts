import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeNps } from "./nps";
import { comparePeriods } from "./compare-periods";

describe("comparePeriods", () => {
  it("flags a change beyond sqrt(MOE₁² + MOE₂²), worked by hand", () => {
    // Δ = 30 − 20 = 10; margin = √(6² + 8²) = 10: not beyond (it must exceed the margin).
    expect(comparePeriods({ score: 30, marginOfError: 6 }, { score: 20, marginOfError: 8 })).toEqual({ delta: 10, margin: 10, beyondMargins: false, direction: "up" });
    // Δ = 20 − 30.5 = −10.5 > 10 in size: beyond, downwards.
    expect(comparePeriods({ score: 20, marginOfError: 8 }, { score: 30.5, marginOfError: 6 })).toMatchObject({ delta: -10.5, margin: 10, beyondMargins: true, direction: "down" });
    // Δ = 0 is never beyond; both margins 0 and any change is beyond.
    expect(comparePeriods({ score: 12, marginOfError: 0 }, { score: 12, marginOfError: 0 })).toMatchObject({ beyondMargins: false, direction: "flat" });
    expect(comparePeriods({ score: 100, marginOfError: 0 }, { score: -100, marginOfError: 0 })).toMatchObject({ delta: 200, margin: 0, beyondMargins: true });
  });

  it("works on real NPS figures: 9 promoters of 10 against 5 of 10", () => {
    // now: P 9, D 1, n 10 → NPS 80, MOE = 1.96·100·√((0.9 + 0.1 − 0.64)/10) = 1.96·100·√0.036 = 37.19…
    // before: P 5, D 5 → NPS 0, MOE = 1.96·100·√(1/10) = 61.98…; margin = √(37.19² + 61.98²) = 72.28…
    const now = computeNps([1, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0]);
    const before = computeNps([5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]);
    const change = comparePeriods(now, before)!;
    expect(change.delta).toBeCloseTo(80, 9);
    expect(change.margin).toBeCloseTo(Math.sqrt((1.96 * 100) ** 2 * (0.036 + 0.1)), 9);
    expect(change.margin).toBeCloseTo(72.28, 2);
    expect(change.beyondMargins).toBe(true);
  });

  it("has no comparison when either side has no figure", () => {
    expect(comparePeriods(null, { score: 1, marginOfError: 1 })).toBeNull();
    expect(comparePeriods({ score: 1, marginOfError: 1 }, null)).toBeNull();
    expect(comparePeriods({ score: null, marginOfError: null }, { score: 1, marginOfError: 1 })).toBeNull();
  });

  it("rejects impossible margins", () => {
    expect(() => comparePeriods({ score: 1, marginOfError: -1 }, { score: 1, marginOfError: 1 })).toThrow(RangeError);
    expect(() => comparePeriods({ score: Number.NaN, marginOfError: 1 }, { score: 1, marginOfError: 1 })).toThrow(RangeError);
  });

  const side = fc.record({ score: fc.double({ min: -100, max: 100, noNaN: true }), marginOfError: fc.double({ min: 0, max: 100, noNaN: true }) });

  it("is antisymmetric: swapping the periods flips Δ and keeps the verdict", () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const ab = comparePeriods(a, b)!;
        const ba = comparePeriods(b, a)!;
        expect(ab.delta).toBe(-ba.delta);
        expect(ab.margin).toBe(ba.margin);
        expect(ab.beyondMargins).toBe(ba.beyondMargins);
      }),
    );
  });

  it("sits between the larger margin and the sum of margins, and widening a margin never makes a change more significant", () => {
    fc.assert(
      fc.property(side, side, fc.double({ min: 0, max: 50, noNaN: true }), (a, b, extra) => {
        const c = comparePeriods(a, b)!;
        expect(c.margin).toBeGreaterThanOrEqual(Math.max(a.marginOfError, b.marginOfError) - 1e-9);
        expect(c.margin).toBeLessThanOrEqual(a.marginOfError + b.marginOfError + 1e-9);
        const wider = comparePeriods({ ...a, marginOfError: a.marginOfError + extra }, b)!;
        if (wider.beyondMargins) expect(c.beyondMargins).toBe(true);
      }),
    );
  });
});
