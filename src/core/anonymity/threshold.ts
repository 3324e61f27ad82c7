/**
 * The anonymity threshold k (DESIGN.md, "Anonymity"): an org setting, default 5, never
 * below 3. Every function that applies it validates it, so a bad setting fails loudly
 * instead of quietly showing groups of one or two.
 */
export const DEFAULT_ANONYMITY_K = 5;
export const MIN_ANONYMITY_K = 3;

export function assertValidK(k: number): void {
  if (!Number.isInteger(k) || k < MIN_ANONYMITY_K) {
    throw new RangeError(`anonymity threshold k must be an integer ≥ ${MIN_ANONYMITY_K}, got ${k}`);
  }
}

/** Respondent counts are distinct people: whole and non-negative. */
export function assertCount(count: number, what: string): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${count}`);
  }
}
