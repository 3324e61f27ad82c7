/**
 * The correlation block in plain language (DESIGN.md: "The dashboard says plainly when there
 * are too few teams for the figure to mean much"). Strength words follow a common rule of
 * thumb for |r|: below 0.1 negligible, below 0.3 weak, below 0.7 moderate, else strong.
 * docs/decisions/016-dashboard.md says why 4 teams is the floor.
 */

/** Fewer teams than this: "too few teams to tell". Fisher's interval needs n ≥ 4 (n − 3 > 0). */
export const MIN_TEAMS_TO_TELL = 4;
/** Below this many teams a significant result is still called a hint. */
export const FIRM_TEAMS = 10;
export const SIGNIFICANCE = 0.05;

export type Strength = "negligible" | "weak" | "moderate" | "strong";

export function strengthOf(r: number): Strength {
  const a = Math.abs(r);
  return a < 0.1 ? "negligible" : a < 0.3 ? "weak" : a < 0.7 ? "moderate" : "strong";
}

export interface CorrelationReadingInput {
  n: number;
  r: number | null;
  pValue: number | null;
  ci95: readonly [number, number] | null;
  /** Which customer figure the teams' eNPS was paired with. */
  cx: "NPS" | "CSAT";
  lag: number;
  period: "month" | "quarter";
}

export type ReadingVerdict = "too-few" | "undefined" | "no-clear-link" | "positive" | "negative";

export interface CorrelationReading {
  verdict: ReadingVerdict;
  /** One or two sentences for the page. */
  text: string;
}

const two = (value: number) => (value < 0 ? `−${Math.abs(value).toFixed(2)}` : value.toFixed(2));

export function formatPValue(p: number): string {
  if (p < 0.001) return "p < 0.001";
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

const teams = (n: number) => `${n} ${n === 1 ? "team" : "teams"}`;

export function readCorrelation(input: CorrelationReadingInput): CorrelationReading {
  const { n, r, pValue, ci95, cx, lag, period } = input;
  if (n < MIN_TEAMS_TO_TELL) {
    return {
      verdict: "too-few",
      text: `Too few teams to tell (${teams(n)}; at least ${MIN_TEAMS_TO_TELL} are needed, each with enough employee and customer answers in the window).`,
    };
  }
  if (r === null || pValue === null) {
    return { verdict: "undefined", text: `No correlation can be computed: every team has the same employee or customer score (${teams(n)}).` };
  }
  const later = lag === 0 ? "" : ` ${lag} ${period}${lag === 1 ? "" : "s"} later`;
  const happier = cx === "NPS" ? "more loyal customers" : "more satisfied customers";
  const lessHappy = cx === "NPS" ? "less loyal customers" : "less satisfied customers";
  const figures = `r = ${two(r)}, ${strengthOf(r)}, ${formatPValue(pValue)}, ${teams(n)}`;
  const interval = ci95 ? ` The 95% interval for r runs from ${two(ci95[0])} to ${two(ci95[1])}.` : "";
  const hint = n < FIRM_TEAMS ? ` With only ${teams(n)}, treat it as a hint, not a finding.` : "";
  if (pValue >= SIGNIFICANCE) {
    return {
      verdict: "no-clear-link",
      text: `No clear link between employee engagement and ${cx}${later} (${figures}): a pattern this size could well be chance.${interval}`,
    };
  }
  const [verdict, customers]: [ReadingVerdict, string] = r > 0 ? ["positive", happier] : ["negative", lessHappy];
  return {
    verdict,
    text: `Teams whose employees are more engaged tend to have ${customers}${later} (${figures}).${interval}${hint}`,
  };
}
