import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonthsClamped, CADENCES, currentPeriodIndex, DAY_MS, MAX_ROUND_DAYS, periodStart, planRounds, reminderDueAt, roundWindow } from "./periods";

const d = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
const days = (dates: Date[]) => dates.map((x) => x.toISOString().slice(0, 10));

describe("periodStart", () => {
  it("steps weeks and fortnights by days", () => {
    expect(days([0, 1, 2].map((i) => periodStart(d("2026-12-28"), "WEEKLY", i)))).toEqual(["2026-12-28", "2027-01-04", "2027-01-11"]);
    expect(days([0, 1, 2].map((i) => periodStart(d("2026-12-28"), "BIWEEKLY", i)))).toEqual(["2026-12-28", "2027-01-11", "2027-01-25"]);
  });

  it("keeps the day of the month, clamped to short months, and comes back after them", () => {
    expect(days([0, 1, 2, 3, 4].map((i) => periodStart(d("2027-01-31"), "MONTHLY", i)))).toEqual(["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"]);
    expect(days([1].map((i) => periodStart(d("2028-01-31"), "MONTHLY", i)))).toEqual(["2028-02-29"]);
    expect(days([0, 1, 2, 3, 4].map((i) => periodStart(d("2026-11-30"), "QUARTERLY", i)))).toEqual(["2026-11-30", "2027-02-28", "2027-05-30", "2027-08-30", "2027-11-30"]);
    expect(addMonthsClamped(d("2026-12-15"), 1).toISOString()).toBe("2027-01-15T00:00:00.000Z");
  });

  it("ignores the time of day of the first day", () => {
    expect(periodStart(d("2027-03-10T17:45:00Z"), "WEEKLY", 1).toISOString()).toBe("2027-03-17T00:00:00.000Z");
  });
});

describe("currentPeriodIndex", () => {
  it("is -1 before the first day and finds the period holding now", () => {
    expect(currentPeriodIndex(d("2027-01-31"), "MONTHLY", d("2027-01-30T23:59:59Z"))).toBe(-1);
    expect(currentPeriodIndex(d("2027-01-31"), "MONTHLY", d("2027-01-31"))).toBe(0);
    expect(currentPeriodIndex(d("2027-01-31"), "MONTHLY", d("2027-02-27T12:00:00Z"))).toBe(0);
    expect(currentPeriodIndex(d("2027-01-31"), "MONTHLY", d("2027-02-28"))).toBe(1);
    expect(currentPeriodIndex(d("2027-01-31"), "MONTHLY", d("2027-03-30"))).toBe(1);
    expect(currentPeriodIndex(d("2027-01-05"), "WEEKLY", d("2027-01-18T23:00:00Z"))).toBe(1);
  });

  it("agrees with periodStart for every cadence", () => {
    const input = fc.record({
      start: fc.integer({ min: 0, max: 3000 }),
      offset: fc.integer({ min: 0, max: 2000 * 24 }),
      cadence: fc.constantFrom(...CADENCES),
    });
    fc.assert(
      fc.property(input, ({ start, offset, cadence }) => {
        const startsOn = new Date(Date.UTC(2024, 0, 1) + start * DAY_MS);
        const now = new Date(startsOn.getTime() + offset * 3_600_000);
        const i = currentPeriodIndex(startsOn, cadence, now);
        expect(periodStart(startsOn, cadence, i) <= now).toBe(true);
        expect(periodStart(startsOn, cadence, i + 1) > now).toBe(true);
      }),
    );
  });

  it("never lets a round of the longest allowed length reach the next period", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(...CADENCES), fc.integer({ min: 0, max: 40 }), (start, cadence, i) => {
        const startsOn = new Date(Date.UTC(2024, 0, 1) + start * DAY_MS);
        const round = roundWindow(periodStart(startsOn, cadence, i), MAX_ROUND_DAYS[cadence]);
        expect(round.closesAt <= periodStart(startsOn, cadence, i + 1)).toBe(true);
      }),
    );
  });
});

describe("planRounds", () => {
  const base = { startsOn: d("2027-01-31"), cadence: "MONTHLY" as const, roundDays: 7, existing: [] };

  it("plans the running round and the next one", () => {
    const planned = planRounds({ ...base, now: d("2027-02-01T10:00:00Z") });
    expect(planned.map((r) => [r.opensAt.toISOString().slice(0, 10), r.closesAt.toISOString().slice(0, 10)])).toEqual([
      ["2027-01-31", "2027-02-07"],
      ["2027-02-28", "2027-03-07"],
    ]);
  });

  it("doesn't create a round whose window is over, nor one before the schedule starts", () => {
    expect(days(planRounds({ ...base, now: d("2027-02-10") }).map((r) => r.opensAt))).toEqual(["2027-02-28"]);
    expect(days(planRounds({ ...base, now: d("2026-12-01") }).map((r) => r.opensAt))).toEqual(["2027-01-31"]);
  });

  it("skips periods that overlap a round of an earlier schedule", () => {
    const existing = [{ opensAt: d("2027-02-25"), closesAt: d("2027-03-04") }];
    expect(days(planRounds({ ...base, now: d("2027-02-26"), existing }).map((r) => r.opensAt))).toEqual([]);
    expect(days(planRounds({ ...base, now: d("2027-03-05"), existing }).map((r) => r.opensAt))).toEqual(["2027-03-31"]);
  });
});

describe("reminderDueAt", () => {
  it("is two days before closing, or halfway through a short round", () => {
    expect(reminderDueAt(roundWindow(d("2027-01-01"), 7)).toISOString()).toBe("2027-01-06T00:00:00.000Z");
    expect(reminderDueAt(roundWindow(d("2027-01-01"), 2)).toISOString()).toBe("2027-01-02T00:00:00.000Z");
    expect(reminderDueAt(roundWindow(d("2027-01-01"), 1)).toISOString()).toBe("2027-01-01T12:00:00.000Z");
  });
});
