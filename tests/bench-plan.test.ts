/**
 * The benchmark's synthetic organization (scripts/lib/bench/plan.ts): the shape the issue asks
 * for (50 teams, 365 days), stores below k so suppression is exercised, and an invitation
 * mapping that never has a person answer a round twice.
 */
import { describe, expect, it } from "vitest";
import { DAYS, planOrganization, ROUNDS, SLOTS, weightedSlots } from "../scripts/lib/bench/plan";

describe("weightedSlots", () => {
  it("fills SLOTS entries in proportion to the weights, every index at least its floor", () => {
    const slots = weightedSlots([1, 2, 5]);
    expect(slots).toHaveLength(SLOTS);
    const count = (i: number) => slots.filter((s) => s === i).length;
    expect(count(0) + count(1) + count(2)).toBe(SLOTS);
    expect(Math.abs(count(0) - SLOTS / 8)).toBeLessThanOrEqual(1);
    expect(Math.abs(count(2) - (SLOTS * 5) / 8)).toBeLessThanOrEqual(1);
  });
});

describe("planOrganization", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  const plan = planOrganization(1_000_000, now);

  it("has 45 stores (with 5 regions, 50 teams) and 365 days ending yesterday", () => {
    expect(plan.stores).toHaveLength(45);
    expect(new Set(plan.stores.map((s) => s.region))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(plan.lastDay).toBe("2026-11-22");
    expect(plan.firstDay).toBe("2025-11-23");
    expect(plan.daySlots.every((d) => d >= 0 && d < DAYS)).toBe(true);
  });

  it("splits the responses 95 / 5 between customers and employees", () => {
    expect(plan.customerResponses + plan.employeeResponses).toBe(1_000_000);
    expect(plan.employeeResponses).toBe(50_000);
  });

  it("keeps three stores below k = 5 people and the others at 5 or more", () => {
    const small = plan.stores.filter((s) => s.headcount < 5);
    expect(small).toHaveLength(3);
    expect(plan.personStore).toHaveLength(plan.people);
    expect(plan.stores.reduce((sum, s) => sum + s.headcount, 0)).toBe(plan.people);
  });

  it("maps employee responses to distinct (person, round) invitations", () => {
    const invitations = plan.people * ROUNDS;
    expect(plan.employeeResponses).toBeLessThanOrEqual(invitations);
    const seen = new Set<number>();
    for (let k = 0; k < plan.employeeResponses; k++) seen.add((k * plan.slotMultiplier) % invitations);
    expect(seen.size).toBe(plan.employeeResponses);
  });

  it("is the same plan for the same size and day", () => {
    expect(planOrganization(1_000_000, now)).toEqual(plan);
  });
});
