import { describe, expect, it } from "vitest";
import { committeePeriodRange, daysSince, stallCutoff } from "./periods";

const now = new Date("2026-05-20T15:30:00Z");

describe("committee periods", () => {
  it("starts this month on the 1st, this quarter on its first month, the last 30 days 30 days ago (UTC)", () => {
    expect(committeePeriodRange("month", now)).toEqual({ from: new Date("2026-05-01T00:00:00Z"), to: now });
    expect(committeePeriodRange("quarter", now)).toEqual({ from: new Date("2026-04-01T00:00:00Z"), to: now });
    expect(committeePeriodRange("30d", now)).toEqual({ from: new Date("2026-04-20T15:30:00Z"), to: now });
    expect(committeePeriodRange("quarter", new Date("2026-01-01T00:00:00Z")).from).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect(committeePeriodRange("quarter", new Date("2026-12-31T23:59:59Z")).from).toEqual(new Date("2026-10-01T00:00:00Z"));
  });

  it("puts the stall cutoff the given number of days back and counts whole days", () => {
    expect(stallCutoff(now, 30)).toEqual(new Date("2026-04-20T15:30:00Z"));
    expect(daysSince(new Date("2026-05-10T15:30:00Z"), now)).toBe(10);
    expect(daysSince(new Date("2026-05-10T15:31:00Z"), now)).toBe(9);
    expect(daysSince(new Date("2026-06-10T00:00:00Z"), now)).toBe(0);
  });
});
