/**
 * Calendar periods as plain strings: "2026-01" for a month, "2026-Q1" for a quarter.
 * Days are "YYYY-MM-DD" strings already in UTC (employee answers are kept only to the day,
 * DESIGN.md "The shared model"). Everything here is string and integer arithmetic: no Date,
 * no clock and no time zone, so a period never depends on where or when the code runs.
 */

export type PeriodUnit = "month" | "quarter";

export interface ParsedPeriod {
  unit: PeriodUnit;
  year: number;
  /** Month 1..12 or quarter 1..4. */
  index: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

const perYear = (unit: PeriodUnit): number => (unit === "month" ? 12 : 4);

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses and validates a calendar day; "2026-02-30" is a RangeError, not March 2nd. */
export function parseDay(day: string): { year: number; month: number; day: number } {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`expected a day as YYYY-MM-DD, got "${day}"`);
  const [year, month, dayOfMonth] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) {
    throw new RangeError(`"${day}" is not a calendar day`);
  }
  return { year, month, day: dayOfMonth };
}

export function parsePeriodKey(key: string): ParsedPeriod {
  const month = MONTH.exec(key);
  if (month) {
    const index = Number(month[2]);
    if (index >= 1 && index <= 12) return { unit: "month", year: Number(month[1]), index };
  }
  const quarter = QUARTER.exec(key);
  if (quarter) return { unit: "quarter", year: Number(quarter[1]), index: Number(quarter[2]) };
  throw new RangeError(`expected a period as YYYY-MM or YYYY-Qn, got "${key}"`);
}

function formatPeriod({ unit, year, index }: ParsedPeriod): string {
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} is outside 0000..9999`);
  const y = String(year).padStart(4, "0");
  return unit === "month" ? `${y}-${String(index).padStart(2, "0")}` : `${y}-Q${index}`;
}

/** Periods since year 0: consecutive periods have consecutive ordinals. */
function ordinal({ unit, year, index }: ParsedPeriod): number {
  return year * perYear(unit) + (index - 1);
}

function fromOrdinal(unit: PeriodUnit, value: number): ParsedPeriod {
  const size = perYear(unit);
  return { unit, year: Math.floor(value / size), index: (value % size) + 1 };
}

/** The month or quarter a day falls in. */
export function periodKey(day: string, unit: PeriodUnit): string {
  const { year, month } = parseDay(day);
  const index = unit === "month" ? month : Math.ceil(month / 3);
  return formatPeriod({ unit, year, index });
}

/** The period `by` steps later (earlier when negative), in the key's own unit. */
export function shiftPeriod(key: string, by: number): string {
  if (!Number.isInteger(by)) throw new RangeError(`a period shift must be an integer, got ${by}`);
  const parsed = parsePeriodKey(key);
  return formatPeriod(fromOrdinal(parsed.unit, ordinal(parsed) + by));
}

/** Every period from the one holding `fromDay` to the one holding `toDay`, inclusive; [] if reversed. */
export function periodsBetween(fromDay: string, toDay: string, unit: PeriodUnit): string[] {
  const first = ordinal(parsePeriodKey(periodKey(fromDay, unit)));
  const last = ordinal(parsePeriodKey(periodKey(toDay, unit)));
  // Validated YYYY-MM-DD strings compare in calendar order.
  if (fromDay > toDay) return [];
  const keys: string[] = [];
  for (let o = first; o <= last; o++) keys.push(formatPeriod(fromOrdinal(unit, o)));
  return keys;
}

/** First and last day of a period (inclusive), for querying daily aggregates. */
export function periodBounds(key: string): { from: string; to: string } {
  const { unit, year, index } = parsePeriodKey(key);
  const firstMonth = unit === "month" ? index : 3 * index - 2;
  const lastMonth = unit === "month" ? index : 3 * index;
  const y = String(year).padStart(4, "0");
  const mm = (m: number) => String(m).padStart(2, "0");
  return {
    from: `${y}-${mm(firstMonth)}-01`,
    to: `${y}-${mm(lastMonth)}-${daysInMonth(year, lastMonth)}`,
  };
}
