import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canTransition, IDEA_STATUSES, isOpenStatus, nextStatuses, type IdeaStatusValue } from "./transitions";

describe("the ideas status workflow", () => {
  it("moves forward, possibly skipping steps, or declines from any open status", () => {
    expect(nextStatuses("NEW")).toEqual(["UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE", "DECLINED"]);
    expect(nextStatuses("UNDER_REVIEW")).toEqual(["PLANNED", "IN_PROGRESS", "DONE", "DECLINED"]);
    expect(nextStatuses("PLANNED")).toEqual(["IN_PROGRESS", "DONE", "DECLINED"]);
    expect(nextStatuses("IN_PROGRESS")).toEqual(["DONE", "DECLINED"]);
  });

  it("keeps DONE final and reopens DECLINED only for review", () => {
    expect(nextStatuses("DONE")).toEqual([]);
    expect(nextStatuses("DECLINED")).toEqual(["UNDER_REVIEW"]);
    expect(canTransition("DECLINED", "PLANNED")).toBe(false);
    expect(canTransition("DONE", "IN_PROGRESS")).toBe(false);
    expect(canTransition("PLANNED", "UNDER_REVIEW")).toBe(false);
    expect(canTransition("IN_PROGRESS", "NEW")).toBe(false);
  });

  const status = fc.constantFrom<IdeaStatusValue>(...IDEA_STATUSES);

  it("never moves to the same status, never back to NEW, and only open ideas can be declined", () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        if (from === to || to === "NEW") expect(canTransition(from, to)).toBe(false);
        if (to === "DECLINED") expect(canTransition(from, to)).toBe(isOpenStatus(from));
      }),
    );
  });

  it("reaches DONE from every status but DONE itself, through legal steps", () => {
    fc.assert(
      fc.property(status, (start) => {
        // Breadth-first over the transition table.
        const seen = new Set<IdeaStatusValue>([start]);
        const queue = [start];
        while (queue.length) {
          for (const next of nextStatuses(queue.shift()!)) {
            if (seen.has(next)) continue;
            seen.add(next);
            queue.push(next);
          }
        }
        expect(seen.has("DONE")).toBe(true);
      }),
    );
  });
});
