/**
 * The answer scales behind each headline metric (DESIGN.md, "The numbers"):
 * NPS and eNPS are 0–10, CSAT is 1–5. Answers outside the scale are rejected at input and
 * never stored, so the scoring functions can treat an out-of-scale count as corrupt data.
 */

export type ScoredMetric = "NPS" | "ENPS" | "CSAT";

export interface ScoreScale {
  readonly min: number;
  readonly max: number;
}

export const NPS_SCALE: ScoreScale = Object.freeze({ min: 0, max: 10 });
export const CSAT_SCALE: ScoreScale = Object.freeze({ min: 1, max: 5 });

export const SCALES: Readonly<Record<ScoredMetric, ScoreScale>> = Object.freeze({
  NPS: NPS_SCALE,
  ENPS: NPS_SCALE,
  CSAT: CSAT_SCALE,
});

/** True for an integer on the metric's scale. `unknown` so it can guard raw input directly. */
export function isValidScore(metric: ScoredMetric, score: unknown): score is number {
  const { min, max } = SCALES[metric];
  return typeof score === "number" && Number.isInteger(score) && score >= min && score <= max;
}
