import { describe, expect, it } from "vitest";
import { pairWithLag, type PeriodValue } from "./pair-with-lag";

const v = (teamId: string, period: string, value: number, n: number): PeriodValue => ({ teamId, period, value, n });
const base = { k: 5, minCxResponses: 5 };

describe("pairWithLag", () => {
  const ex = [v("a", "2026-01", 10, 8), v("a", "2026-02", 20, 8), v("b", "2026-01", 30, 9)];
  const cx = [v("a", "2026-01", 1, 50), v("a", "2026-02", 2, 50), v("a", "2026-03", 3, 50), v("b", "2026-02", 4, 50)];

  it("pairs the same period at lag 0", () => {
    expect(pairWithLag({ ...base, ex, cx, lag: 0, period: "month" })).toEqual([
      { teamId: "a", exPeriod: "2026-01", cxPeriod: "2026-01", x: 10, y: 1, exN: 8, cxN: 50 },
      { teamId: "a", exPeriod: "2026-02", cxPeriod: "2026-02", x: 20, y: 2, exN: 8, cxN: 50 },
    ]);
  });

  it("pairs EX in P with CX in P + lag, never across teams", () => {
    expect(pairWithLag({ ...base, ex, cx, lag: 1, period: "month" }).map((p) => [p.teamId, p.exPeriod, p.cxPeriod, p.x, p.y])).toEqual([
      ["a", "2026-01", "2026-02", 10, 2],
      ["a", "2026-02", "2026-03", 20, 3],
      ["b", "2026-01", "2026-02", 30, 4],
    ]);
    expect(pairWithLag({ ...base, ex, cx, lag: 3, period: "month" })).toEqual([]);
  });

  it("works in quarters across a year end", () => {
    const pairs = pairWithLag({ ...base, ex: [v("a", "2025-Q4", 5, 6)], cx: [v("a", "2026-Q1", 7, 6)], lag: 1, period: "quarter" });
    expect(pairs).toEqual([{ teamId: "a", exPeriod: "2025-Q4", cxPeriod: "2026-Q1", x: 5, y: 7, exN: 6, cxN: 6 }]);
  });

  it("drops EX below k and CX below the org's minimum (DESIGN.md, Correlation per team)", () => {
    const smallEx = [v("a", "2026-01", 10, 4), v("b", "2026-01", 10, 5)];
    const someCx = [v("a", "2026-01", 1, 99), v("b", "2026-01", 1, 99)];
    expect(pairWithLag({ ...base, ex: smallEx, cx: someCx, lag: 0, period: "month" }).map((p) => p.teamId)).toEqual(["b"]);
    const bigEx = [v("a", "2026-01", 10, 50)];
    expect(pairWithLag({ k: 5, minCxResponses: 10, ex: bigEx, cx: [v("a", "2026-01", 1, 9)], lag: 0, period: "month" })).toEqual([]);
  });

  it("keeps team ids apart even when they contain separators", () => {
    const pairs = pairWithLag({
      ...base,
      ex: [v("x|2026-01", "2026-01", 1, 5), v("x", "2026-01", 2, 5)],
      cx: [v("x", "2026-01", 3, 5)],
      lag: 0,
      period: "month",
    });
    expect(pairs.map((p) => p.teamId)).toEqual(["x"]);
  });

  it("refuses ambiguous or mismatched input", () => {
    const opts = { ...base, lag: 0, period: "month" as const };
    expect(() => pairWithLag({ ...opts, ex: [v("a", "2026-01", 1, 5), v("a", "2026-01", 2, 5)], cx: [] })).toThrow(RangeError);
    expect(() => pairWithLag({ ...opts, ex: [], cx: [v("a", "2026-Q1", 1, 5)] })).toThrow(RangeError);
    expect(() => pairWithLag({ ...opts, ex: [v("a", "2026-01", Number.NaN, 5)], cx: [] })).toThrow(RangeError);
    expect(() => pairWithLag({ ...opts, ex: [v("a", "2026-01", 1, -1)], cx: [] })).toThrow(RangeError);
    expect(() => pairWithLag({ ...opts, lag: 0.5, ex: [], cx: [] })).toThrow(RangeError);
    expect(() => pairWithLag({ ...opts, k: 2, ex: [], cx: [] })).toThrow(RangeError);
    expect(() => pairWithLag({ ...opts, minCxResponses: 0, ex: [], cx: [] })).toThrow(RangeError);
  });
});
