import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dashboardSearch, parseDashboardFilters } from "./dashboard";

describe("parseDashboardFilters", () => {
  it("reads a full, valid view", () => {
    const { filters, notes } = parseDashboardFilters({
      period: "custom",
      from: "2026-01-01",
      to: "2026-03-31",
      teamId: "team_1",
      enpsSurvey: "s1",
      unit: "week",
      cx: "CSAT",
      lag: "2",
      lagPeriod: "quarter",
      journeyId: "j1",
    });
    expect(notes).toEqual([]);
    expect(filters).toEqual({ period: "custom", from: "2026-01-01", to: "2026-03-31", teamId: "team_1", enpsSurvey: "s1", unit: "week", cx: "CSAT", lag: 2, lagPeriod: "quarter", journeyId: "j1" });
  });

  it("drops custom days unless the period is custom, and needs both", () => {
    expect(parseDashboardFilters({ period: "30d", from: "2026-01-01", to: "2026-01-31" }).filters).toEqual({ period: "30d", unit: "month", cx: "NPS", lag: 0, lagPeriod: "month" });
    expect(parseDashboardFilters({ from: "2026-01-01", to: "2026-01-31" }).filters).toMatchObject({ period: "custom", from: "2026-01-01", to: "2026-01-31" });
    expect(parseDashboardFilters({ period: "custom", from: "2026-01-01" }).notes).toEqual(["Custom dates need both a valid from and to date. Showing the last 90 days instead."]);
    expect(parseDashboardFilters({ period: "custom", from: "2010-01-01", to: "2020-01-01" }).notes[0]).toMatch(/at most 10 years/);
    expect(parseDashboardFilters({ from: "0001-01-01", to: "0001-02-01" }).notes[0]).toMatch(/between 1900 and 2999/);
    expect(parseDashboardFilters({ from: "9999-01-01", to: "9999-02-01" }).filters.period).toBe("90d");
  });

  it("round-trips through the URL it writes", () => {
    const view = fc.record({
      period: fc.constantFrom("30d", "90d", "quarter", "12m") as fc.Arbitrary<"30d" | "90d" | "quarter" | "12m">,
      teamId: fc.option(fc.stringMatching(/^[a-z0-9]{1,12}$/), { nil: undefined }),
      unit: fc.constantFrom("month", "week") as fc.Arbitrary<"month" | "week">,
      cx: fc.constantFrom("NPS", "CSAT") as fc.Arbitrary<"NPS" | "CSAT">,
      lag: fc.integer({ min: 0, max: 4 }),
      lagPeriod: fc.constantFrom("month", "quarter") as fc.Arbitrary<"month" | "quarter">,
    });
    fc.assert(
      fc.property(view, (filters) => {
        const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
        const search = new URLSearchParams(dashboardSearch(filters));
        const parsed = parseDashboardFilters(Object.fromEntries(search));
        expect(parsed.notes).toEqual([]);
        expect(parsed.filters).toEqual(clean);
      }),
    );
  });

  it("never throws, whatever the query holds", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("period", "from", "to", "teamId", "lag", "cx", "unit", "lagPeriod", "npsSurvey", "x"), fc.oneof(fc.string(), fc.array(fc.string()))), (params) => {
        const { filters } = parseDashboardFilters(params);
        expect(["30d", "90d", "quarter", "12m", "custom"]).toContain(filters.period);
        expect(filters.lag).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
