import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRENDING_HALF_LIFE_MS, TRENDING_WINDOW_MS, trendingScore, trendingVoteWeight } from "./trending";

const DAY = 24 * 3600 * 1000;
const now = Date.UTC(2026, 4, 20, 12);

describe("trending score", () => {
  it("halves a vote's weight every three days and drops it at 14 days", () => {
    expect(trendingVoteWeight(0)).toBe(1);
    expect(trendingVoteWeight(3 * DAY)).toBeCloseTo(0.5, 12);
    expect(trendingVoteWeight(6 * DAY)).toBeCloseTo(0.25, 12);
    expect(trendingVoteWeight(14 * DAY - 1)).toBeGreaterThan(0.03);
    expect(trendingVoteWeight(14 * DAY)).toBe(0);
    expect(trendingVoteWeight(-1)).toBe(0);
    expect(TRENDING_HALF_LIFE_MS).toBe(3 * DAY);
    expect(TRENDING_WINDOW_MS).toBe(14 * DAY);
  });

  it("sums the weights of the votes", () => {
    expect(trendingScore([], now)).toBe(0);
    expect(trendingScore([now, now - 3 * DAY, now - 20 * DAY], now)).toBeCloseTo(1.5, 12);
  });

  it("prefers fresh votes: two votes today beat five from last fortnight", () => {
    const fresh = trendingScore([now - 3600_000, now - 7200_000], now);
    const stale = trendingScore([1, 2, 3, 4, 5].map((d) => now - (9 + d * 0.5) * DAY), now);
    expect(fresh).toBeGreaterThan(stale);
  });

  const age = fc.integer({ min: 0, max: 20 * DAY });

  it("never exceeds the number of votes in the window, and an added vote never lowers it", () => {
    fc.assert(
      fc.property(fc.array(age, { maxLength: 50 }), age, (ages, extra) => {
        const times = ages.map((a) => now - a);
        const score = trendingScore(times, now);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(ages.filter((a) => a < TRENDING_WINDOW_MS).length + 1e-9);
        expect(trendingScore([...times, now - extra], now)).toBeGreaterThanOrEqual(score);
      }),
    );
  });

  it("never rises as time passes with no new votes", () => {
    fc.assert(
      fc.property(fc.array(age, { maxLength: 30 }), fc.integer({ min: 0, max: 10 * DAY }), (ages, later) => {
        const times = ages.map((a) => now - a);
        expect(trendingScore(times, now + later)).toBeLessThanOrEqual(trendingScore(times, now) + 1e-9);
      }),
    );
  });
});
