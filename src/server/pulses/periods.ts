/**
 * Pulse calendars, pure: a schedule (cadence, first day, round length) and "now" in, round
 * windows out. No clock and no database, so the tick's arithmetic is tested with plain dates
 * (shared/STYLE.md, habit 1). Everything is UTC: a round opens at midnight UTC on its
 * period's first day (docs/decisions/011-pulses-and-jobs.md).
 */

export const CADENCES = ["WEEKLY", "BIWEEKLY", "MONTHLY", "QUARTERLY"] as const;
export type Cadence = (typeof CADENCES)[number];

export const DAY_MS = 86_400_000;

/**
 * The longest round each cadence allows: its shortest period, so a round always closes
 * before the next one opens (a month can be 28 days, a clamped quarter 89: Jan 31 → Apr 30).
 */
export const MAX_ROUND_DAYS: Readonly<Record<Cadence, number>> = { WEEKLY: 7, BIWEEKLY: 14, MONTHLY: 28, QUARTERLY: 89 };
export const DEFAULT_ROUND_DAYS = 7;

/** Reminders go this long before a round closes (or halfway through a shorter round). */
export const REMINDER_LEAD_MS = 2 * DAY_MS;

type Step = { days: number } | { months: number };
const STEP: Readonly<Record<Cadence, Step>> = { WEEKLY: { days: 7 }, BIWEEKLY: { days: 14 }, MONTHLY: { months: 1 }, QUARTERLY: { months: 3 } };

export function startOfUtcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

/** YYYY-MM-DD of the UTC day. */
export const utcDayString = (instant: Date): string => instant.toISOString().slice(0, 10);

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/**
 * `months` calendar months after `anchor`, on the same day of the month or the month's last
 * day when it is shorter. Always counted from the first day, never from the previous period,
 * so a schedule that starts on the 31st comes back to the 31st after February.
 */
export function addMonthsClamped(anchor: Date, months: number): Date {
  const total = anchor.getUTCFullYear() * 12 + anchor.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  return new Date(Date.UTC(year, month, Math.min(anchor.getUTCDate(), daysInMonth(year, month))));
}

/** The first day of period `index` (0 is the schedule's first day). */
export function periodStart(startsOn: Date, cadence: Cadence, index: number): Date {
  const anchor = startOfUtcDay(startsOn);
  const step = STEP[cadence];
  if ("days" in step) return new Date(anchor.getTime() + index * step.days * DAY_MS);
  return addMonthsClamped(anchor, index * step.months);
}

/** The period that holds `now`, or -1 before the schedule's first day. */
export function currentPeriodIndex(startsOn: Date, cadence: Cadence, now: Date): number {
  const anchor = startOfUtcDay(startsOn);
  if (now < anchor) return -1;
  const step = STEP[cadence];
  if ("days" in step) return Math.floor((now.getTime() - anchor.getTime()) / (step.days * DAY_MS));
  const months = (now.getUTCFullYear() - anchor.getUTCFullYear()) * 12 + (now.getUTCMonth() - anchor.getUTCMonth());
  // A first guess from the calendar months between, corrected for the day of the month.
  let index = Math.floor(months / step.months);
  while (index > 0 && periodStart(anchor, cadence, index) > now) index--;
  while (periodStart(anchor, cadence, index + 1) <= now) index++;
  return index;
}

export type RoundWindow = { opensAt: Date; closesAt: Date };

export function roundWindow(opensAt: Date, roundDays: number): RoundWindow {
  return { opensAt, closesAt: new Date(opensAt.getTime() + roundDays * DAY_MS) };
}

/** When the reminder is due: two days before closing, or halfway through a shorter round. */
export function reminderDueAt({ opensAt, closesAt }: RoundWindow): Date {
  const length = closesAt.getTime() - opensAt.getTime();
  return new Date(closesAt.getTime() - Math.min(REMINDER_LEAD_MS, length / 2));
}

export type PlanRoundsOptions = {
  startsOn: Date;
  cadence: Cadence;
  roundDays: number;
  now: Date;
  /** The survey's rounds already stored (any status). */
  existing: readonly RoundWindow[];
};

/**
 * The rounds that should exist now: the current period's, if it is still running, and the
 * next one's (stored as SCHEDULED, so HR sees what comes next). Periods already over are not
 * created after the fact: a round nobody could answer in time is no round. A candidate that
 * overlaps a stored round of another period (left by an earlier schedule) is skipped, so a
 * member never has two rounds of one pulse open at once. A candidate equal to a stored one is
 * returned as is: the unique (surveyId, opensAt) makes creating it again a no-op.
 */
export function planRounds({ startsOn, cadence, roundDays, now, existing }: PlanRoundsOptions): RoundWindow[] {
  const current = currentPeriodIndex(startsOn, cadence, now);
  const candidates: RoundWindow[] = [];
  if (current >= 0) {
    const running = roundWindow(periodStart(startsOn, cadence, current), roundDays);
    if (running.closesAt > now) candidates.push(running);
  }
  candidates.push(roundWindow(periodStart(startsOn, cadence, current + 1), roundDays));
  const overlaps = (a: RoundWindow, b: RoundWindow) => a.opensAt < b.closesAt && b.opensAt < a.closesAt;
  return candidates.filter((c) => !existing.some((r) => r.opensAt.getTime() !== c.opensAt.getTime() && overlaps(r, c)));
}
