import type { ScoreScale } from "./scales";

/**
 * How many answers gave each score: a dense array indexed by the score itself, so
 * `hist[9]` is the number of 9s. An NPS histogram has length 11 (0..10); a CSAT histogram
 * has length 6 with index 0 always 0, which keeps "index = score" true for every scale at the
 * cost of one unused slot. A shorter array means the missing high scores had no answers.
 *
 * This is the shape of the pre-aggregated per-team, per-day counts (DESIGN.md,
 * "Architecture"), so adding histograms is how a dashboard rolls days into periods and
 * teams into subtrees without touching individual responses.
 */
export type ScoreHistogram = readonly number[];

export function emptyHistogram(scale: ScoreScale): number[] {
  return new Array<number>(scale.max + 1).fill(0);
}

/** Count scores into a histogram; an off-scale or non-integer score is a RangeError. */
export function histogramFromScores(scores: Iterable<number>, scale: ScoreScale): number[] {
  const hist = emptyHistogram(scale);
  for (const score of scores) {
    if (!Number.isInteger(score) || score < scale.min || score > scale.max) {
      throw new RangeError(`score ${score} is outside the scale ${scale.min}..${scale.max}`);
    }
    hist[score] = (hist[score] ?? 0) + 1;
  }
  return hist;
}

/** Element-wise sum; the result is as long as the longer input. Binary on purpose, so it is safe in `reduce`. */
export function addHistograms(a: ScoreHistogram, b: ScoreHistogram): number[] {
  const length = Math.max(a.length, b.length);
  const sum = new Array<number>(length);
  for (let i = 0; i < length; i++) sum[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return sum;
}

export function sumHistograms(histograms: Iterable<ScoreHistogram>, scale: ScoreScale): number[] {
  let total: number[] = emptyHistogram(scale);
  for (const h of histograms) total = addHistograms(total, h);
  return total;
}

/**
 * Checks that a histogram is usable for `scale` and returns n. Counts must be non-negative
 * integers and every slot off the scale must be 0: a stray count there means corrupt
 * aggregates, and silently dropping it would change a score without anyone noticing.
 */
export function histogramTotal(hist: ScoreHistogram, scale: ScoreScale): number {
  let n = 0;
  for (let score = 0; score < hist.length; score++) {
    const count = hist[score] ?? 0;
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`histogram count for score ${score} must be a non-negative integer, got ${count}`);
    }
    if (count > 0 && (score < scale.min || score > scale.max)) {
      throw new RangeError(`histogram has ${count} answer(s) at ${score}, outside the scale ${scale.min}..${scale.max}`);
    }
    n += count;
  }
  return n;
}

/** Sum of counts for scores in from..to (inclusive). */
export function countBetween(hist: ScoreHistogram, from: number, to: number): number {
  let count = 0;
  for (let score = from; score <= to; score++) count += hist[score] ?? 0;
  return count;
}
