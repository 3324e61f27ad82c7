/** How dashboard figures read: unrounded numbers in, short text out (isomorphic, no I/O). */
import type { MetricName } from "@/lib/schemas/metrics";

const one = (value: number) => value.toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const METRIC_LABELS: Record<MetricName, string> = { NPS: "NPS", CSAT: "CSAT", ENPS: "eNPS" };

/** Every score's formula, one click away (DESIGN.md, "The numbers"). */
export const FORMULAS: Record<MetricName, string> = {
  NPS: "NPS = 100 × (P − D) / n, with promoters P scoring 9–10 and detractors D 0–6 on the 0–10 question. Margin of error at 95% = 1.96 × 100 × √((p + d − (p − d)²) / n), with p = P/n and d = D/n.",
  ENPS: "eNPS = 100 × (P − D) / n on the employee question “How likely are you to recommend us as a place to work?”: promoters 9–10, detractors 0–6. Margin of error at 95% = 1.96 × 100 × √((p + d − (p − d)²) / n). Shown only for at least k distinct respondents.",
  CSAT: "CSAT = 100 × (answers of 4 or 5) / n on the 1–5 question. Margin of error at 95% = 1.96 × 100 × √(c(1 − c) / n), with c the satisfied share.",
};

/** NPS and eNPS carry a sign (+12.5, −3.0); CSAT is a percentage. */
export function formatScore(metric: MetricName, score: number | null): string {
  if (score === null) return "—";
  if (metric === "CSAT") return `${one(score)}%`;
  return formatSigned(score);
}

export function formatSigned(value: number): string {
  const text = one(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export const formatMargin = (margin: number | null) => (margin === null ? "—" : `±${one(margin)}`);

export const formatCount = (n: number) => n.toLocaleString("en");

export const formatOne = one;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Mar 2026" for a month bucket, "Week of 2 Mar 2026" (short: "2 Mar") for a week. */
export function bucketLabel(key: string, unit: "month" | "week", short = false): string {
  const [year, month, day] = key.split("-").map(Number) as [number, number, number];
  const name = MONTHS[month - 1] ?? "";
  if (unit === "month") return short ? `${name} ${String(year).slice(2)}` : `${name} ${year}`;
  return short ? `${day} ${name}` : `Week of ${day} ${name} ${year}`;
}

/** "1 Mar 2026" */
export function dayLabel(day: string): string {
  const [year, month, d] = day.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** Why an employee figure is not shown (DESIGN.md, "Anonymity"): never a blank without a reason. */
export function hiddenReason(k: number): string {
  return `Hidden: fewer than ${k} people answered, or showing it would let someone work out a smaller group's answers.`;
}
