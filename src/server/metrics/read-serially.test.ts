import { describe, expect, it } from "vitest";
import { isLongWindow, SERIAL_READ_MIN_DAYS } from "./read-serially";

describe("isLongWindow", () => {
  it("counts both ends: a 92-day window is not long, 93 days is", () => {
    expect(SERIAL_READ_MIN_DAYS).toBe(92);
    expect(isLongWindow("2026-07-01", "2026-09-30")).toBe(false); // July–September: 92 days
    expect(isLongWindow("2026-07-01", "2026-10-01")).toBe(true);
  });

  it("reads a single day, a quarter over a leap February and a year", () => {
    expect(isLongWindow("2026-03-01", "2026-03-01")).toBe(false);
    expect(isLongWindow("2028-01-01", "2028-04-01")).toBe(false); // 31 + 29 + 31 + 1 = 92 days
    expect(isLongWindow("2028-01-01", "2028-04-02")).toBe(true);
    expect(isLongWindow("2027-06-01", "2028-05-31")).toBe(true);
  });
});
