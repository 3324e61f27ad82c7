import { describe, expect, it } from "vitest";
import { isLongWindow, SERIAL_READ_MIN_DAYS } from "./read-serially";

describe("isLongWindow", () => {
  it("counts both ends: a 31-day window is not long, 32 days is", () => {
    expect(SERIAL_READ_MIN_DAYS).toBe(31);
    expect(isLongWindow("2026-01-01", "2026-01-31")).toBe(false);
    expect(isLongWindow("2026-01-01", "2026-02-01")).toBe(true);
  });

  it("reads a single day, a leap February and a year across a leap day", () => {
    expect(isLongWindow("2026-03-01", "2026-03-01")).toBe(false);
    expect(isLongWindow("2028-02-01", "2028-03-02")).toBe(false); // 29 + 2 = 31 days
    expect(isLongWindow("2027-06-01", "2028-05-31")).toBe(true);
  });
});
