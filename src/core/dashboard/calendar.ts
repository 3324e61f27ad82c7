/**
 * Calendar windows for the dashboard, as YYYY-MM-DD strings in UTC. Pure arithmetic: no clock
 * and no time zone (Date.UTC only turns a calendar day into a day number and back).
 *
 * Buckets are whole calendar periods (a month, or an ISO week from Monday to Sunday), never
 * "the last 30 days" sliding with the viewer: two overlapping windows could be differenced to
 * isolate a few days' employee answers (docs/decisions/004, "Residual risk").
 */
import { daysInMonth, parseDay } from "../stats/periods";

export type BucketUnit = "month" | "week";

export interface DayWindow {
  /** Inclusive, YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface Bucket extends DayWindow {
  /** The bucket's first day: what the database's date_trunc gives, so rows join by key. */
  key: string;
}

const DAY_MS = 86_400_000;
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Days since 1970-01-01 (negative before). */
export function dayNumber(day: string): number {
  const { year, month, day: dayOfMonth } = parseDay(day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return Math.round(date.getTime() / DAY_MS);
}

export function dayFromNumber(value: number): string {
  const date = new Date(value * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/** Inclusive length in days; 1 for a single day. */
export function windowLength({ from, to }: DayWindow): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/** The month or ISO week (Monday..Sunday) holding `day`. */
export function bucketOf(day: string, unit: BucketUnit): Bucket {
  if (unit === "week") {
    const n = dayNumber(day);
    // 1970-01-01 was a Thursday: (n + 3) mod 7 is 0 on Mondays.
    const monday = n - (((n + 3) % 7) + 7) % 7;
    return { key: dayFromNumber(monday), from: dayFromNumber(monday), to: dayFromNumber(monday + 6) };
  }
  const { year, month } = parseDay(day);
  const first = `${pad(year, 4)}-${pad(month)}-01`;
  return { key: first, from: first, to: `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}` };
}

/** The bucket `by` steps after (before, when negative) the one holding `day`. */
export function shiftBucket(day: string, unit: BucketUnit, by: number): Bucket {
  if (unit === "week") return bucketOf(addDays(bucketOf(day, "week").from, 7 * by), "week");
  const { year, month } = parseDay(day);
  const index = year * 12 + (month - 1) + by;
  return bucketOf(`${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}-01`, "month");
}

export interface BucketRangeOptions {
  /** At least this many buckets: the range reaches further back when the window is short. */
  min: number;
  /** At most this many: the most recent are kept. */
  max: number;
}

/** The whole buckets overlapping [from, to], oldest first, widened back to `min` and cut to `max`. */
export function bucketsCovering({ from, to }: DayWindow, unit: BucketUnit, { min, max }: BucketRangeOptions): Bucket[] {
  if (from > to) return [];
  const last = bucketOf(to, unit);
  const buckets: Bucket[] = [last];
  for (let step = 1; buckets.length < max; step++) {
    const bucket = shiftBucket(to, unit, -step);
    if (bucket.to < from && buckets.length >= min) break;
    buckets.push(bucket);
  }
  return buckets.reverse();
}

/** [from, to] widened to whole calendar months: the 1st of from's month to the last of to's. */
export function wholeMonths({ from, to }: DayWindow): DayWindow {
  return { from: bucketOf(from, "month").from, to: bucketOf(to, "month").to };
}

/** How many calendar months [from, to] touches. */
export function monthsSpanned({ from, to }: DayWindow): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

/**
 * The period just before a window, for "change against the previous period". A window of
 * whole months gets the same number of whole months before it (Mar–May → Dec–Feb), so that
 * employee figures stay on calendar months; any other window gets the same number of days
 * ending the day before it.
 */
export function previousWindow(window: DayWindow): DayWindow {
  const aligned = wholeMonths(window);
  if (aligned.from === window.from && aligned.to === window.to) {
    const months = monthsSpanned(window);
    return { from: shiftBucket(window.from, "month", -months).from, to: shiftBucket(window.from, "month", -1).to };
  }
  const length = windowLength(window);
  return { from: addDays(window.from, -length), to: addDays(window.from, -1) };
}

export type PeriodPresetName = "30d" | "90d" | "quarter" | "12m" | "custom";

/**
 * The window a period preset names on `today` (inclusive): the last 30 or 90 days ending today,
 * this quarter so far, the last 12 calendar months (from the 1st of the month 11 months ago),
 * or the custom days as given.
 */
export function presetWindow(preset: PeriodPresetName, today: string, custom?: DayWindow): DayWindow {
  switch (preset) {
    case "30d":
      return { from: addDays(today, -29), to: today };
    case "90d":
      return { from: addDays(today, -89), to: today };
    case "quarter": {
      const { year, month } = parseDay(today);
      const firstMonth = month - ((month - 1) % 3);
      return { from: `${pad(year, 4)}-${pad(firstMonth)}-01`, to: today };
    }
    case "12m":
      return { from: shiftBucket(today, "month", -11).from, to: today };
    case "custom":
      if (!custom) throw new RangeError("a custom period needs its days");
      return custom;
  }
}
