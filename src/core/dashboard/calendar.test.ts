import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, bucketOf, bucketsCovering, dayNumber, monthsSpanned, presetWindow, previousWindow, shiftBucket, wholeMonths, windowLength } from "./calendar";

describe("calendar buckets", () => {
  it("finds months and ISO weeks (Monday to Sunday)", () => {
    expect(bucketOf("2026-02-14", "month")).toEqual({ key: "2026-02-01", from: "2026-02-01", to: "2026-02-28" });
    expect(bucketOf("2024-02-29", "month").to).toBe("2024-02-29");
    // 2026-03-01 is a Sunday: its week began on Monday 2026-02-23.
    expect(bucketOf("2026-03-01", "week")).toEqual({ key: "2026-02-23", from: "2026-02-23", to: "2026-03-01" });
    expect(bucketOf("2026-03-02", "week").from).toBe("2026-03-02");
    expect(bucketOf("1969-12-31", "week").from).toBe("1969-12-29");
  });

  it("shifts and covers whole buckets, widening to a minimum and cutting to a maximum", () => {
    expect(shiftBucket("2026-01-31", "month", -1).key).toBe("2025-12-01");
    expect(shiftBucket("2026-03-04", "week", 1).key).toBe("2026-03-09");
    const months = bucketsCovering({ from: "2026-03-15", to: "2026-06-10" }, "month", { min: 1, max: 60 });
    expect(months.map((b) => b.key)).toEqual(["2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"]);
    expect(bucketsCovering({ from: "2026-06-01", to: "2026-06-10" }, "month", { min: 12, max: 60 }).map((b) => b.key)[0]).toBe("2025-07-01");
    expect(bucketsCovering({ from: "2016-01-01", to: "2026-06-10" }, "month", { min: 12, max: 60 })).toHaveLength(60);
    expect(bucketsCovering({ from: "2026-06-10", to: "2026-06-01" }, "month", { min: 12, max: 60 })).toEqual([]);
  });

  it("widens windows to whole months and finds the previous period", () => {
    expect(wholeMonths({ from: "2026-03-23", to: "2026-06-20" })).toEqual({ from: "2026-03-01", to: "2026-06-30" });
    expect(monthsSpanned({ from: "2025-11-01", to: "2026-02-28" })).toBe(4);
    // Whole months: the same number of months before.
    expect(previousWindow({ from: "2026-03-01", to: "2026-06-30" })).toEqual({ from: "2025-11-01", to: "2026-02-28" });
    // Any other window: the same number of days, ending the day before.
    expect(previousWindow({ from: "2026-03-23", to: "2026-06-20" })).toEqual({ from: "2025-12-23", to: "2026-03-22" });
  });

  it("names the presets' windows", () => {
    expect(presetWindow("30d", "2026-06-20")).toEqual({ from: "2026-05-22", to: "2026-06-20" });
    expect(presetWindow("90d", "2026-06-20")).toEqual({ from: "2026-03-23", to: "2026-06-20" });
    expect(presetWindow("quarter", "2026-06-20")).toEqual({ from: "2026-04-01", to: "2026-06-20" });
    expect(presetWindow("12m", "2026-06-20")).toEqual({ from: "2025-07-01", to: "2026-06-20" });
    expect(presetWindow("custom", "2026-06-20", { from: "2026-01-01", to: "2026-01-31" })).toEqual({ from: "2026-01-01", to: "2026-01-31" });
  });

  const day = fc.integer({ min: dayNumber("1990-01-01"), max: dayNumber("2060-12-31") }).map((n) => addDays("1970-01-01", n));

  it("puts every day in exactly one bucket of each unit, with buckets tiling the calendar", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("month" as const, "week" as const), (d, unit) => {
        const b = bucketOf(d, unit);
        expect(b.from <= d && d <= b.to).toBe(true);
        expect(bucketOf(b.from, unit)).toEqual(b);
        expect(bucketOf(b.to, unit)).toEqual(b);
        expect(shiftBucket(d, unit, 1).from).toBe(addDays(b.to, 1));
        if (unit === "week") expect(windowLength(b)).toBe(7);
      }),
    );
  });

  it("gives a previous window of the same length that ends the day before", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (from, extra) => {
        const w = { from, to: addDays(from, extra) };
        const prev = previousWindow(w);
        expect(addDays(prev.to, 1)).toBe(w.from);
        const aligned = wholeMonths(w);
        if (aligned.from === w.from && aligned.to === w.to) expect(monthsSpanned(prev)).toBe(monthsSpanned(w));
        else expect(windowLength(prev)).toBe(windowLength(w));
      }),
    );
  });
});
