import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFilterAllowed } from "./filter";

describe("isFilterAllowed", () => {
  it("needs both the filtered group and what it leaves out to be 0 or at least k", () => {
    expect(isFilterAllowed({ k: 5, full: 20, narrowed: 15 })).toBe(true); // leaves out 5
    expect(isFilterAllowed({ k: 5, full: 20, narrowed: 17 })).toBe(false); // 20 − 17 = 3 people exposed
    expect(isFilterAllowed({ k: 5, full: 20, narrowed: 20 })).toBe(true); // leaves nobody out
    expect(isFilterAllowed({ k: 5, full: 20, narrowed: 4 })).toBe(false); // filtered group too small
    expect(isFilterAllowed({ k: 5, full: 8, narrowed: 5 })).toBe(false); // 3 left out
    expect(isFilterAllowed({ k: 5, full: 4, narrowed: 4 })).toBe(false);
    expect(isFilterAllowed({ k: 3, full: 6, narrowed: 3 })).toBe(true);
  });

  it("rejects impossible input", () => {
    expect(() => isFilterAllowed({ k: 5, full: 10, narrowed: 11 })).toThrow(RangeError);
    expect(() => isFilterAllowed({ k: 2, full: 10, narrowed: 5 })).toThrow(RangeError);
    expect(() => isFilterAllowed({ k: 5, full: -1, narrowed: 0 })).toThrow(RangeError);
  });

  it("allows exactly the filters that leave no group of 1..k−1 derivable", () => {
    const input = fc
      .record({ k: fc.integer({ min: 3, max: 10 }), full: fc.integer({ min: 0, max: 40 }) })
      .chain(({ k, full }) => fc.record({ k: fc.constant(k), full: fc.constant(full), narrowed: fc.integer({ min: 0, max: full }) }));
    fc.assert(
      fc.property(input, ({ k, full, narrowed }) => {
        const safe = (size: number) => size === 0 || size >= k;
        expect(isFilterAllowed({ k, full, narrowed })).toBe(narrowed >= k && safe(full - narrowed));
      }),
    );
  });
});
