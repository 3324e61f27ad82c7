// jstat ships no types. We declare only what src/core/stats uses, so reaching for anything
// else fails to compile and prompts a look at jstat's docs first
// (docs/decisions/002-statistics-library.md).
declare module "jstat" {
  interface JStatStatic {
    /** Student's t distribution with `dof` degrees of freedom. */
    studentt: {
      /** P(T ≤ x). */
      cdf(x: number, dof: number): number;
    };
  }

  // The package is CommonJS (`module.exports = jStat`), so it is imported as the default.
  const jStat: JStatStatic;
  export = jStat;
}
