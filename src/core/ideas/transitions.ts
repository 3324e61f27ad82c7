/**
 * The ideas status workflow (shared/DESIGN.md, "Idea"; docs/decisions/014-ideas-and-committee.md):
 * NEW → UNDER_REVIEW → PLANNED → IN_PROGRESS → DONE, or DECLINED.
 *
 * - Forward moves may skip steps (a committee can plan an idea the day it reads it).
 * - DECLINED is reachable from every open status; a declined idea can be reopened, back to
 *   UNDER_REVIEW only, so it is looked at again before being planned.
 * - DONE is final; nothing moves backwards; a status never "changes" to itself.
 */
export const IDEA_STATUSES = ["NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE", "DECLINED"] as const;
export type IdeaStatusValue = (typeof IDEA_STATUSES)[number];

/** Still in play: neither done nor declined. */
export const OPEN_IDEA_STATUSES = ["NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS"] as const satisfies readonly IdeaStatusValue[];

/** Where the committee hasn't decided yet. */
export const WAITING_IDEA_STATUSES = ["NEW", "UNDER_REVIEW"] as const satisfies readonly IdeaStatusValue[];

const FORWARD: readonly IdeaStatusValue[] = ["NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE"];

export function isOpenStatus(status: IdeaStatusValue): boolean {
  return (OPEN_IDEA_STATUSES as readonly IdeaStatusValue[]).includes(status);
}

/** The statuses an idea in `from` may move to, in workflow order. */
export function nextStatuses(from: IdeaStatusValue): IdeaStatusValue[] {
  if (from === "DONE") return [];
  if (from === "DECLINED") return ["UNDER_REVIEW"];
  const rank = FORWARD.indexOf(from);
  return [...FORWARD.slice(rank + 1), "DECLINED"];
}

export function canTransition(from: IdeaStatusValue, to: IdeaStatusValue): boolean {
  return nextStatuses(from).includes(to);
}
