import { computeCsat, computeNps, type ScoreHistogram } from "@/core";
import type { Figure, MetricName } from "@/lib/schemas/metrics";

/**
 * A histogram's figure in the API's shape, unrounded (DESIGN.md, "The numbers"): eNPS is the
 * NPS formula, CSAT reads the 1..5 slots. src/core rejects counts off the metric's scale as
 * corrupt, which is what they would be.
 */
export function computeFigure(metric: MetricName, hist: ScoreHistogram): Figure {
  return metric === "CSAT" ? computeCsat(hist) : computeNps(hist);
}
