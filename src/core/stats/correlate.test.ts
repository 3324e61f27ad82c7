import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { correlate } from "./correlate";

const NONE = { pearson: { r: null, pValue: null, ci95: null }, spearman: { rho: null, pValue: null } };

describe("correlate", () => {
  it("gives nulls, not errors, below 3 points", () => {
    expect(correlate([])).toEqual({ n: 0, ...NONE });
    expect(correlate([{ x: 1, y: 2 }])).toEqual({ n: 1, ...NONE });
    expect(correlate([{ x: 1, y: 2 }, { x: 2, y: 1 }])).toEqual({ n: 2, ...NONE });
  });

  it("gives r and ρ but no interval at 3 points, and the interval from 4", () => {
    const three = correlate([{ x: 1, y: 1 }, { x: 2, y: 3 }, { x: 3, y: 2 }]);
    expect(three.n).toBe(3);
    expect(three.pearson.r).toBeCloseTo(0.5, 12);
    expect(three.pearson.ci95).toBeNull();
    expect(three.spearman.rho).toBeCloseTo(0.5, 12);
    const four = correlate([{ x: 1, y: 2 }, { x: 2, y: 1 }, { x: 3, y: 4 }, { x: 4, y: 3 }]);
    expect(four.pearson.r).toBeCloseTo(0.6, 12);
    expect(four.pearson.ci95).not.toBeNull();
  });

  it("gives nulls when every team has the same score", () => {
    const flat = [{ x: 10, y: 1 }, { x: 20, y: 1 }, { x: 30, y: 1 }, { x: 40, y: 1 }];
    expect(correlate(flat)).toEqual({ n: 4, ...NONE });
  });

  it("never throws on finite points, whatever their number", () => {
    const point = fc.record({
      x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 8 }), (points) => {
        const result = correlate(points);
        expect(result.n).toBe(points.length);
        if (points.length < 3) expect(result).toEqual({ n: points.length, ...NONE });
        if (points.length < 4) expect(result.pearson.ci95).toBeNull();
      }),
    );
  });

  it("still rejects NaN, which would otherwise pass for 'too few teams'", () => {
    expect(() => correlate([{ x: Number.NaN, y: 1 }])).toThrow(RangeError);
  });
});
