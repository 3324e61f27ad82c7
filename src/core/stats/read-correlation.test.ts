import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPValue, readCorrelation, strengthOf } from "./read-correlation";

const base = { cx: "NPS" as const, lag: 0, period: "month" as const };

describe("readCorrelation", () => {
  it("reads a significant positive link in words, with the figures", () => {
    const reading = readCorrelation({ ...base, n: 14, r: 0.62, pValue: 0.0134, ci95: [0.13, 0.87] });
    expect(reading.verdict).toBe("positive");
    expect(reading.text).toBe(
      "Teams whose employees are more engaged tend to have more loyal customers (r = 0.62, moderate, p = 0.01, 14 teams). The 95% interval for r runs from 0.13 to 0.87.",
    );
  });

  it("says a negative link, a lag, and calls a small sample a hint", () => {
    const reading = readCorrelation({ n: 6, r: -0.91, pValue: 0.004, ci95: [-0.99, -0.4], cx: "CSAT", lag: 2, period: "quarter" });
    expect(reading.verdict).toBe("negative");
    expect(reading.text).toContain("less satisfied customers 2 quarters later (r = −0.91, strong, p = 0.004, 6 teams)");
    expect(reading.text).toContain("With only 6 teams, treat it as a hint");
  });

  it("says when there is no clear link", () => {
    const reading = readCorrelation({ ...base, n: 20, r: 0.12, pValue: 0.61, ci95: [-0.34, 0.53] });
    expect(reading.verdict).toBe("no-clear-link");
    expect(reading.text).toMatch(/^No clear link between employee engagement and NPS \(r = 0.12, weak, p = 0.61, 20 teams\)/);
  });

  it("says too few teams below 4, whatever r is", () => {
    for (const n of [0, 1, 2, 3]) {
      const reading = readCorrelation({ ...base, n, r: n === 3 ? 0.99 : null, pValue: n === 3 ? 0.09 : null, ci95: null });
      expect(reading.verdict).toBe("too-few");
      expect(reading.text).toContain(`Too few teams to tell (${n} ${n === 1 ? "team" : "teams"}; at least 4 are needed`);
    }
  });

  it("says when r is undefined (a constant series)", () => {
    expect(readCorrelation({ ...base, n: 5, r: null, pValue: null, ci95: null }).verdict).toBe("undefined");
  });

  it("names strengths and p-values", () => {
    expect([0.05, -0.2, 0.3, 0.69, -0.7, 1].map(strengthOf)).toEqual(["negligible", "weak", "moderate", "moderate", "strong", "strong"]);
    expect([0.0004, 0.004, 0.0134, 0.5].map(formatPValue)).toEqual(["p < 0.001", "p = 0.004", "p = 0.01", "p = 0.50"]);
  });

  it("is positive or negative only when significant, and follows the sign of r", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 60 }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r, pValue) => {
        const { verdict } = readCorrelation({ ...base, n, r, pValue, ci95: null });
        if (pValue >= 0.05) expect(verdict).toBe("no-clear-link");
        else expect(verdict).toBe(r > 0 ? "positive" : "negative");
      }),
    );
  });
});
