import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDay, parsePeriodKey, periodBounds, periodKey, periodsBetween, shiftPeriod } from "./periods";

describe("periodKey", () => {
  it("maps days to months and quarters", () => {
    expect(periodKey("2026-01-15", "month")).toBe("2026-01");
    expect(periodKey("2026-12-31", "month")).toBe("2026-12");
    expect(periodKey("2026-03-31", "quarter")).toBe("2026-Q1");
    expect(periodKey("2026-04-01", "quarter")).toBe("2026-Q2");
    expect(periodKey("2026-09-30", "quarter")).toBe("2026-Q3");
    expect(periodKey("2026-12-31", "quarter")).toBe("2026-Q4");
  });

  it("rejects days that are not on the calendar", () => {
    expect(periodKey("2024-02-29", "month")).toBe("2024-02");
    for (const bad of ["2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-5", "2026-01-15T00:00:00Z", ""]) {
      expect(() => periodKey(bad, "month")).toThrow(RangeError);
    }
    expect(parseDay("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
  });
});

describe("shiftPeriod", () => {
  it("crosses year ends both ways", () => {
    expect(shiftPeriod("2026-01", -1)).toBe("2025-12");
    expect(shiftPeriod("2025-12", 1)).toBe("2026-01");
    expect(shiftPeriod("2026-03", 0)).toBe("2026-03");
    expect(shiftPeriod("2026-01", 25)).toBe("2028-02");
    expect(shiftPeriod("2026-Q4", 1)).toBe("2027-Q1");
    expect(shiftPeriod("2026-Q1", -5)).toBe("2024-Q4");
  });

  it("rejects malformed keys and fractional shifts", () => {
    for (const bad of ["2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-1", "26-01", "2026-q1"]) {
      expect(() => shiftPeriod(bad, 1)).toThrow(RangeError);
    }
    expect(() => shiftPeriod("2026-01", 0.5)).toThrow(RangeError);
    expect(() => shiftPeriod("9999-12", 1)).toThrow(RangeError);
  });

  it("composes: shifting by a then b is shifting by a + b", () => {
    const key = fc.oneof(
      fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
      fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
    );
    const step = fc.integer({ min: -100, max: 100 });
    fc.assert(
      fc.property(key, step, step, (k, a, b) => {
        expect(shiftPeriod(shiftPeriod(k, a), b)).toBe(shiftPeriod(k, a + b));
        expect(parsePeriodKey(shiftPeriod(k, a)).unit).toBe(parsePeriodKey(k).unit);
      }),
    );
  });
});

describe("periodsBetween and periodBounds", () => {
  it("lists every period touched, inclusive", () => {
    expect(periodsBetween("2025-11-20", "2026-02-01", "month")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(periodsBetween("2025-12-31", "2026-01-01", "quarter")).toEqual(["2025-Q4", "2026-Q1"]);
    expect(periodsBetween("2026-05-01", "2026-05-31", "month")).toEqual(["2026-05"]);
    expect(periodsBetween("2026-05-02", "2026-05-01", "month")).toEqual([]);
  });

  it("gives first and last days, leap years included", () => {
    expect(periodBounds("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(periodBounds("2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(periodBounds("2026-Q4")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(periodBounds("2026-Q2")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
  });

  const day = fc
    .tuple(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  const unit = fc.constantFrom("month" as const, "quarter" as const);

  it("puts every day inside its own period's bounds", () => {
    fc.assert(
      fc.property(day, unit, (d, u) => {
        const { from, to } = periodBounds(periodKey(d, u));
        expect(from <= d && d <= to).toBe(true);
      }),
    );
  });

  it("lists consecutive periods from the first day's to the last day's", () => {
    fc.assert(
      fc.property(day, day, unit, (a, b, u) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const keys = periodsBetween(from, to, u);
        expect(keys[0]).toBe(periodKey(from, u));
        expect(keys.at(-1)).toBe(periodKey(to, u));
        keys.slice(1).forEach((k, i) => expect(k).toBe(shiftPeriod(keys[i] ?? "", 1)));
      }),
    );
  });
});
