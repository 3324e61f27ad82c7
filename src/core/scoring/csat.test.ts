import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCsat } from "./csat";
import { histogramFromScores } from "./histogram";
import { CSAT_SCALE } from "./scales";

const csat = (scores: number[]) => computeCsat(histogramFromScores(scores, CSAT_SCALE));

describe("computeCsat", () => {
  it("matches a hand-computed example", () => {
    // Scores 5,4,3,2,1,5,4,4: n = 8, satisfied (4s and 5s) = 5 → CSAT = 100·5/8 = 62.5.
    // Mean = (5+4+3+2+1+5+4+4)/8 = 28/8 = 3.5.
    // c = 0.625: MOE = 196·sqrt(0.625·0.375/8) = 196·sqrt(0.029296875) = 33.5480066…
    const result = csat([5, 4, 3, 2, 1, 5, 4, 4]);
    expect(result).toMatchObject({ n: 8, satisfied: 5, score: 62.5, mean: 3.5 });
    expect(result.marginOfError).toBeCloseTo(196 * Math.sqrt(0.029296875), 9);
    expect(result.marginOfError).toBeCloseTo(33.5480066, 6);
  });

  it("gives nulls when nobody answered", () => {
    expect(computeCsat([0, 0, 0, 0, 0, 0])).toEqual({ score: null, mean: null, n: 0, satisfied: 0, marginOfError: null });
    expect(computeCsat([])).toMatchObject({ n: 0, score: null });
  });

  it("handles one answer and unanimous groups", () => {
    expect(csat([4])).toEqual({ score: 100, mean: 4, n: 1, satisfied: 1, marginOfError: 0 });
    expect(csat([3])).toEqual({ score: 0, mean: 3, n: 1, satisfied: 0, marginOfError: 0 });
    expect(csat([1, 2, 3])).toMatchObject({ score: 0, mean: 2, marginOfError: 0 });
  });

  it("counts 4 as satisfied and 3 as not", () => {
    // 1 of 2 satisfied: c = 0.5 → MOE = 196·sqrt(0.25/2) = 196·0.35355339…
    const result = csat([3, 4]);
    expect(result.score).toBe(50);
    expect(result.marginOfError).toBeCloseTo(196 * Math.sqrt(0.125), 9);
  });

  it("rejects a count in the unused index 0", () => {
    expect(() => computeCsat([1, 0, 0, 0, 0, 0])).toThrow(RangeError);
  });

  it("stays within 0..100 with a mean within 1..5", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 }), (s) => {
        const r = csat(s);
        expect(r.n).toBe(s.length);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.mean).toBeGreaterThanOrEqual(1);
        expect(r.mean).toBeLessThanOrEqual(5);
        expect(r.mean).toBeCloseTo(s.reduce((a, b) => a + b, 0) / s.length, 9);
        const c = r.satisfied / r.n;
        expect(r.marginOfError).toBeCloseTo(1.96 * 100 * Math.sqrt((c * (1 - c)) / r.n), 9);
      }),
    );
  });
});
