import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutralizeFormula, restoreFormula } from "./formula-guard";

describe("CSV formula guard", () => {
  it("neutralizes formula starts and leaves other text alone", () => {
    expect(neutralizeFormula("=1+1")).toBe("'=1+1");
    expect(neutralizeFormula("-20 points")).toBe("'-20 points");
    expect(neutralizeFormula("@home")).toBe("'@home");
    expect(neutralizeFormula("Great staff")).toBe("Great staff");
    expect(restoreFormula("'=1+1")).toBe("=1+1");
    expect(restoreFormula("'tis fine")).toBe("'tis fine");
    expect(restoreFormula("Great staff")).toBe("Great staff");
  });

  it("restores every exported text to what was answered", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        // A text beginning with an apostrophe before a formula character is the documented loss.
        fc.pre(!/^'[=+\-@\t\r]/.test(text));
        expect(restoreFormula(neutralizeFormula(text))).toBe(text);
      }),
    );
  });
});
