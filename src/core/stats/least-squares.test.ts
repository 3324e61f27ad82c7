import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leastSquares } from "./least-squares";

describe("leastSquares", () => {
  it("fits by hand: (0, 1), (1, 3), (2, 5) lie on y = 1 + 2x; (0,0), (1,1), (2,1) on y = 1/6 + x/2", () => {
    expect(leastSquares([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toEqual({ slope: 2, intercept: 1 });
    const fit = leastSquares([{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 2, y: 1 }])!;
    expect(fit.slope).toBeCloseTo(0.5, 12);
    expect(fit.intercept).toBeCloseTo(1 / 6, 12);
  });

  it("has no line without two distinct x", () => {
    expect(leastSquares([])).toBeNull();
    expect(leastSquares([{ x: 1, y: 2 }])).toBeNull();
    expect(leastSquares([{ x: 1, y: 2 }, { x: 1, y: 5 }])).toBeNull();
  });

  it("passes through the means", () => {
    const point = fc.record({ x: fc.integer({ min: -100, max: 100 }), y: fc.integer({ min: -100, max: 100 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 20 }), (points) => {
        const fit = leastSquares(points);
        if (!fit) return;
        const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
        const my = points.reduce((s, p) => s + p.y, 0) / points.length;
        expect(fit.intercept + fit.slope * mx).toBeCloseTo(my, 6);
      }),
    );
  });
});
