/**
 * The CX committee's periods (what was done "this period") and its stall rule, in UTC like
 * every other date in Tandem. Pure: the caller passes "now".
 */
export const COMMITTEE_PERIODS = ["month", "30d", "quarter"] as const;
export type CommitteePeriod = (typeof COMMITTEE_PERIODS)[number];

export const COMMITTEE_PERIOD_LABELS: Record<CommitteePeriod, string> = {
  month: "This month",
  "30d": "Last 30 days",
  quarter: "This quarter",
};

const DAY_MS = 24 * 3600 * 1000;

/** [from, to], to = now: the calendar month or quarter so far, or the 30 days up to now. */
export function committeePeriodRange(period: CommitteePeriod, now: Date): { from: Date; to: Date } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const to = new Date(now.getTime());
  if (period === "30d") return { from: new Date(now.getTime() - 30 * DAY_MS), to };
  if (period === "month") return { from: new Date(Date.UTC(year, month, 1)), to };
  return { from: new Date(Date.UTC(year, month - (month % 3), 1)), to };
}

/** Open ideas whose status last changed before this instant are blockers. */
export function stallCutoff(now: Date, stallDays: number): Date {
  return new Date(now.getTime() - stallDays * DAY_MS);
}

/** Whole days since `since` (for "stalled for 42 days"). */
export function daysSince(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
}

export const MIN_STALL_DAYS = 1;
export const MAX_STALL_DAYS = 365;
