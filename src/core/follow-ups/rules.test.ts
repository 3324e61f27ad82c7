import { describe, expect, it } from "vitest";
import { canBeKudos, hasComment, opensFollowUp } from "./rules";

const customer = (metric: "NPS" | "CSAT", score: number | null, comment: string | null = "words") => ({ audience: "CUSTOMER" as const, metric, score, comment });

describe("opensFollowUp", () => {
  it("opens for NPS 0–6 and CSAT 1–2 with a comment, at the boundaries", () => {
    expect([0, 6, 7, 10].map((s) => opensFollowUp(customer("NPS", s)))).toEqual([true, true, false, false]);
    expect([1, 2, 3, 5].map((s) => opensFollowUp(customer("CSAT", s)))).toEqual([true, true, false, false]);
  });

  it("needs a comment, a score, and a customer", () => {
    expect(opensFollowUp(customer("NPS", 0, null))).toBe(false);
    expect(opensFollowUp(customer("NPS", 0, "  \n"))).toBe(false);
    expect(opensFollowUp(customer("NPS", null))).toBe(false);
    expect(opensFollowUp({ audience: "EMPLOYEE", metric: "ENPS", score: 0, comment: "words" })).toBe(false);
  });
});

describe("canBeKudos", () => {
  it("takes NPS 9–10 and CSAT 5 with a comment", () => {
    expect([8, 9, 10].map((s) => canBeKudos(customer("NPS", s)))).toEqual([false, true, true]);
    expect([4, 5].map((s) => canBeKudos(customer("CSAT", s)))).toEqual([false, true]);
    expect(canBeKudos(customer("NPS", 10, null))).toBe(false);
    expect(canBeKudos({ audience: "EMPLOYEE", metric: "ENPS", score: 10, comment: "words" })).toBe(false);
    expect(hasComment("x")).toBe(true);
  });
});
