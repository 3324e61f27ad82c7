import { Z_95 } from "../stats/constants";
import { countBetween, histogramTotal, type ScoreHistogram } from "./histogram";
import { NPS_SCALE } from "./scales";

export interface NpsResult {
  /** 100·(P − D)/n in −100..100, unrounded; null when nobody answered. */
  score: number | null;
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Half-width of the 95% interval in NPS points; null when n = 0. */
  marginOfError: number | null;
}

/**
 * NPS from a 0..10 histogram (DESIGN.md, "The numbers"): promoters 9–10, passives 7–8,
 * detractors 0–6; NPS = 100·(P − D)/n; MOE = 1.96·100·sqrt((p + d − (p − d)²)/n).
 *
 * The MOE is computed as 1.96·100·sqrt((n(P + D) − (P − D)²)/n³), the same quantity with
 * p = P/n and d = D/n substituted. Keeping the numerator in integers means it is exactly
 * 0 (never a tiny negative from rounding) when everyone is a promoter or a detractor.
 */
export function computeNps(hist: ScoreHistogram): NpsResult {
  const n = histogramTotal(hist, NPS_SCALE);
  const promoters = countBetween(hist, 9, 10);
  const passives = countBetween(hist, 7, 8);
  const detractors = countBetween(hist, 0, 6);
  if (n === 0) {
    return { score: null, n: 0, promoters: 0, passives: 0, detractors: 0, marginOfError: null };
  }
  const net = promoters - detractors;
  const variance = (n * (promoters + detractors) - net * net) / (n * n * n);
  return {
    score: (100 * net) / n,
    n,
    promoters,
    passives,
    detractors,
    marginOfError: Z_95 * 100 * Math.sqrt(variance),
  };
}

/** eNPS is the NPS formula on the employee recommendation question (DESIGN.md). */
export const computeEnps = computeNps;
