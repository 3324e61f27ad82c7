/**
 * CSV formula injection guard, both ways. On export, cells that a spreadsheet would read as a
 * formula (=, +, -, @, and tab or carriage return, which some strip before looking) get a
 * leading apostrophe, so a comment such as `=HYPERLINK("http://evil", "click")` stays text
 * (OWASP, "CSV Injection"). On import, that apostrophe comes off again, so a file exported from
 * Tandem imports with its comments exactly as they were answered.
 *
 * The one loss: a comment that itself began with an apostrophe before a formula character
 * (`'=x`) imports as `=x`. Spreadsheets hide that apostrophe too, so nobody could tell them
 * apart in the file anyway.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function restoreFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
