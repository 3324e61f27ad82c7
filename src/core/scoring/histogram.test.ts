import { describe, expect, it } from "vitest";
import { addHistograms, emptyHistogram, histogramFromScores, histogramTotal, sumHistograms } from "./histogram";
import { CSAT_SCALE, NPS_SCALE, isValidScore } from "./scales";

describe("isValidScore", () => {
  it("accepts integers on the metric's scale only", () => {
    expect(isValidScore("NPS", 0)).toBe(true);
    expect(isValidScore("NPS", 10)).toBe(true);
    expect(isValidScore("ENPS", 7)).toBe(true);
    expect(isValidScore("CSAT", 1)).toBe(true);
    expect(isValidScore("CSAT", 5)).toBe(true);
    for (const bad of [-1, 11, 7.5, Number.NaN, Infinity, "7", null, undefined]) {
      expect(isValidScore("NPS", bad)).toBe(false);
    }
    expect(isValidScore("CSAT", 0)).toBe(false);
    expect(isValidScore("CSAT", 6)).toBe(false);
    expect(isValidScore("CSAT", 4.2)).toBe(false);
  });
});

describe("histograms", () => {
  it("indexes counts by score", () => {
    expect(emptyHistogram(NPS_SCALE)).toHaveLength(11);
    expect(emptyHistogram(CSAT_SCALE)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(histogramFromScores([10, 10, 0, 7], NPS_SCALE)).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2]);
    expect(histogramFromScores([5, 1, 5], CSAT_SCALE)).toEqual([0, 1, 0, 0, 0, 2]);
  });

  it("rejects scores off the scale", () => {
    expect(() => histogramFromScores([11], NPS_SCALE)).toThrow(RangeError);
    expect(() => histogramFromScores([0], CSAT_SCALE)).toThrow(RangeError);
    expect(() => histogramFromScores([3.5], CSAT_SCALE)).toThrow(RangeError);
  });

  it("adds element-wise, padding the shorter one, and works inside reduce", () => {
    expect(addHistograms([1, 2], [3, 4, 5])).toEqual([4, 6, 5]);
    const days = [histogramFromScores([9], NPS_SCALE), histogramFromScores([0, 9], NPS_SCALE)];
    expect(days.reduce(addHistograms)[9]).toBe(2);
    expect(sumHistograms(days, NPS_SCALE)).toEqual(histogramFromScores([9, 0, 9], NPS_SCALE));
    expect(sumHistograms([], CSAT_SCALE)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("treats counts off the scale or not whole as corrupt", () => {
    expect(histogramTotal([0, 2, 0, 0, 0, 3], CSAT_SCALE)).toBe(5);
    expect(() => histogramTotal([1, 0, 0, 0, 0, 0], CSAT_SCALE)).toThrow(RangeError);
    expect(() => histogramTotal([...emptyHistogram(NPS_SCALE), 1], NPS_SCALE)).toThrow(RangeError);
    expect(() => histogramTotal([-1], NPS_SCALE)).toThrow(RangeError);
    expect(() => histogramTotal([0.5], NPS_SCALE)).toThrow(RangeError);
    // A trailing zero beyond the scale is harmless.
    expect(histogramTotal([...emptyHistogram(NPS_SCALE), 0], NPS_SCALE)).toBe(0);
  });
});
