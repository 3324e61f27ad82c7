import { assertCount, assertValidK } from "./threshold";

export interface FilterCheck {
  k: number;
  /** Respondents in the group before the filter (e.g. a team). */
  full: number;
  /** Respondents left after the filter (e.g. that team's staff with under a year's tenure). */
  narrowed: number;
}

/**
 * Whether a filter that narrows a group may be applied (DESIGN.md, "Anonymity": "when … a
 * filter narrows a group, and a remainder would fall below k, … the filter is refused").
 *
 * Both sides must be safe: the narrowed group needs at least k respondents, and so does
 * its complement (full − narrowed) unless it is empty, because the unfiltered figure is
 * shown too and full − narrowed would otherwise describe 1..k−1 people. A filter that
 * keeps everyone (complement 0) adds no information and is allowed.
 *
 * This protects one filter against its unfiltered group. Callers must also not let the
 * same viewer stack filters or move date windows freely: the figures for A, B and A∩B
 * with the unfiltered total can isolate a small cell, and two windows a day apart can
 * isolate that day's answers. Offer filters one dimension at a time, on whole periods.
 * The refusal itself says only "some group here is under k", which we accept.
 */
export function isFilterAllowed({ k, full, narrowed }: FilterCheck): boolean {
  assertValidK(k);
  assertCount(full, "full group respondents");
  assertCount(narrowed, "narrowed group respondents");
  if (narrowed > full) throw new RangeError(`a filter cannot add respondents (${narrowed} > ${full})`);
  const complement = full - narrowed;
  return narrowed >= k && (complement === 0 || complement >= k);
}
