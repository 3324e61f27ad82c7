/**
 * The demo's calendar: six calendar months (UTC) ending with the one that holds "now", so the
 * data always looks recent whatever day the seed runs.
 */

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export function startOfUtcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

export function addMs(instant: Date, ms: number): Date {
  return new Date(instant.getTime() + ms);
}

export function addDays(instant: Date, days: number): Date {
  return addMs(instant, days * DAY_MS);
}

export type DemoMonth = {
  /** 0 for the oldest month. */
  index: number;
  /** Midnight UTC on the 1st. */
  start: Date;
  /** Midnight UTC on the 1st of the next month. */
  nextStart: Date;
  isCurrent: boolean;
  /** Days in the calendar month. */
  length: number;
  /** Days of the month that have begun by "now" (all of them for past months). */
  elapsedDays: number;
  /** Share of the month's time already past: scales the current month's volumes. */
  elapsedShare: number;
  label: string;
};

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function demoMonths(now: Date, count: number): DemoMonth[] {
  const months: DemoMonth[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const nextStart = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    const length = Math.round((nextStart.getTime() - start.getTime()) / DAY_MS);
    const isCurrent = back === 0;
    const elapsedDays = isCurrent ? now.getUTCDate() : length;
    const elapsedShare = isCurrent ? (now.getTime() - start.getTime()) / (nextStart.getTime() - start.getTime()) : 1;
    const label = `${MONTH_NAMES[start.getUTCMonth()] ?? ""} ${start.getUTCFullYear()}`;
    months.push({ index: count - 1 - back, start, nextStart, isCurrent, length, elapsedDays, elapsedShare, label });
  }
  return months;
}
