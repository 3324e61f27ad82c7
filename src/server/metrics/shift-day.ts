import { daysInMonth, parseDay } from "@/core";

/**
 * The day `months` calendar months later, with the day of month clamped to the target
 * month's length: 2026-01-31 + 1 month = 2026-02-28, 2026-03-31 + 1 = 2026-04-30. This is how
 * a correlation's CX window is "L periods later" (docs/decisions/004). String arithmetic only,
 * so no time zone can move a day; years past 9999 print with five digits, which PostgreSQL reads.
 */
export function shiftDayByMonths(day: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`a month shift must be an integer, got ${months}`);
  const { year, month, day: dayOfMonth } = parseDay(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth));
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}
