import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { histogramFromScores } from "./histogram";
import { computeEnps, computeNps } from "./nps";
import { NPS_SCALE } from "./scales";

const nps = (scores: number[]) => computeNps(histogramFromScores(scores, NPS_SCALE));

describe("computeNps", () => {
  it("matches a hand-computed example", () => {
    // Scores 10,10,9,9,10 | 8,7 | 6,0,5 → P = 5, passives = 2, D = 3, n = 10.
    // NPS = 100·(5 − 3)/10 = 20.
    // p = 0.5, d = 0.3: p + d − (p − d)² = 0.8 − 0.04 = 0.76; /n = 0.076;
    // MOE = 196·sqrt(0.076) = 54.0334711…
    const result = nps([10, 10, 9, 8, 7, 6, 0, 5, 9, 10]);
    expect(result).toMatchObject({ n: 10, promoters: 5, passives: 2, detractors: 3 });
    expect(result.score).toBeCloseTo(20, 9);
    expect(result.marginOfError).toBeCloseTo(196 * Math.sqrt(0.076), 9);
    expect(result.marginOfError).toBeCloseTo(54.0334711, 6);
  });

  it("is unrounded", () => {
    // 1 promoter of 3: 100/3.
    expect(nps([9, 7, 8]).score).toBe(100 / 3);
  });

  it("gives nulls and zero counts when nobody answered", () => {
    expect(computeNps([])).toEqual({ score: null, n: 0, promoters: 0, passives: 0, detractors: 0, marginOfError: null });
    expect(computeNps(new Array(11).fill(0))).toMatchObject({ score: null, marginOfError: null });
  });

  it("handles one answer and unanimous groups", () => {
    expect(nps([9])).toEqual({ score: 100, n: 1, promoters: 1, passives: 0, detractors: 0, marginOfError: 0 });
    expect(nps([7])).toMatchObject({ score: 0, passives: 1, marginOfError: 0 });
    expect(nps([10, 10, 9, 9])).toMatchObject({ score: 100, marginOfError: 0 });
    expect(nps([0, 6, 3])).toMatchObject({ score: -100, detractors: 3, marginOfError: 0 });
  });

  it("puts the boundaries where DESIGN.md does: 6 detracts, 7–8 are passive, 9 promotes", () => {
    expect(nps([6])).toMatchObject({ detractors: 1 });
    expect(nps([7, 8])).toMatchObject({ passives: 2 });
    expect(nps([9])).toMatchObject({ promoters: 1 });
  });

  it("maximises the margin at half promoters, half detractors", () => {
    // p = d = 0.5: p + d − 0 = 1, so MOE = 196/sqrt(n) = 196/2 for n = 4.
    expect(nps([0, 0, 10, 10])).toMatchObject({ score: 0, marginOfError: 98 });
  });

  it("is the eNPS formula too", () => {
    expect(computeEnps).toBe(computeNps);
  });

  const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 200 });

  it("stays within −100..100 and its counts add up to n", () => {
    fc.assert(
      fc.property(scores, (s) => {
        const r = nps(s);
        expect(r.n).toBe(s.length);
        expect(r.promoters + r.passives + r.detractors).toBe(r.n);
        if (r.n === 0) return;
        expect(r.score).toBeGreaterThanOrEqual(-100);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.marginOfError).toBeGreaterThanOrEqual(0);
        expect(r.marginOfError).toBeLessThanOrEqual(196 / Math.sqrt(r.n) + 1e-9);
      }),
    );
  });

  it("computes the MOE exactly as DESIGN.md writes it", () => {
    fc.assert(
      fc.property(scores.filter((s) => s.length > 0), (s) => {
        const r = nps(s);
        const p = r.promoters / r.n;
        const d = r.detractors / r.n;
        const design = 1.96 * 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / r.n);
        expect(r.marginOfError).toBeCloseTo(design, 9);
      }),
    );
  });
});
