/**
 * "Trending" on the idea board (docs/decisions/014-ideas-and-committee.md): the votes an idea
 * received in the last 14 days, each worth 0.5^(age / 3 days) — a vote cast now counts 1, three
 * days ago 0.5, six days ago 0.25 — and votes 14 days old or older count nothing. The board
 * computes the same sum in SQL with these constants; this is the reference definition.
 */
export const TRENDING_WINDOW_MS = 14 * 24 * 3600 * 1000;
export const TRENDING_HALF_LIFE_MS = 3 * 24 * 3600 * 1000;

/** One vote's weight at `ageMs` after it was cast: 0 outside [0, window). */
export function trendingVoteWeight(ageMs: number): number {
  if (!Number.isFinite(ageMs) || ageMs < 0 || ageMs >= TRENDING_WINDOW_MS) return 0;
  return 0.5 ** (ageMs / TRENDING_HALF_LIFE_MS);
}

/** The trending score of an idea whose votes were cast at `voteTimesMs`, seen at `nowMs`. */
export function trendingScore(voteTimesMs: readonly number[], nowMs: number): number {
  let score = 0;
  for (const t of voteTimesMs) score += trendingVoteWeight(nowMs - t);
  return score;
}
