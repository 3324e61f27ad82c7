/** How figures read on the responses page: unrounded numbers in, short text out. */
import type { Figure } from "@/lib/schemas/metrics";
import type { Metric } from "@/lib/schemas/survey";

const one = (value: number) => value.toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** NPS and eNPS carry a sign (+12.5, −3.0); CSAT is a percentage. */
export function formatScore(metric: Metric, score: number | null): string {
  if (score === null) return "—";
  if (metric === "CSAT") return `${one(score)}%`;
  const text = one(Math.abs(score));
  return score > 0 ? `+${text}` : score < 0 ? `−${text}` : text;
}

export const formatMargin = (figure: Figure) => (figure.marginOfError === null ? "—" : `±${one(figure.marginOfError)}`);

export const formatCount = (n: number) => n.toLocaleString("en");

export const METRIC_NAMES: Record<Metric, string> = { NPS: "NPS", CSAT: "CSAT", ENPS: "eNPS" };

export const FORMULAS: Record<Metric, string> = {
  NPS: "NPS = 100 × (promoters − detractors) / n, with promoters 9–10 and detractors 0–6; margin of error at 95% = 1.96 × 100 × √((p + d − (p − d)²) / n).",
  ENPS: "eNPS = 100 × (promoters − detractors) / n, with promoters 9–10 and detractors 0–6; margin of error at 95% = 1.96 × 100 × √((p + d − (p − d)²) / n).",
  CSAT: "CSAT = 100 × (answers of 4 or 5) / n; margin of error at 95% = 1.96 × 100 × √(c(1 − c) / n), c the satisfied share.",
};
