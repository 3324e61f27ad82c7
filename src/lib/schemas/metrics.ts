/**
 * Query and response shapes of GET /api/v1/metrics and GET /api/v1/correlations: the handlers
 * parse with these, and the OpenAPI document is generated from them (shared/STYLE.md, habit 4).
 */
import { z } from "zod";
import { idSchema } from "./common";

export const METRICS = ["NPS", "CSAT", "ENPS"] as const;
export type MetricName = (typeof METRICS)[number];
export const CX_METRICS = ["NPS", "CSAT"] as const;
export const PERIODS = ["month", "quarter"] as const;
export type PeriodName = (typeof PERIODS)[number];

/** The longest window a query may span: bounds the rows a request can scan. */
export const MAX_WINDOW_YEARS = 10;

/**
 * A UTC calendar day. z.iso.date() already knows month lengths and leap years, so 2026-02-30
 * is refused rather than rolled into March; year 0000 is refused because PostgreSQL has no
 * year zero (it would fail in the query instead of here).
 */
export const daySchema = z.iso
  .date("A calendar day as YYYY-MM-DD")
  .refine((day) => !day.startsWith("0000-"), "Year 0000 is not a calendar year");

/**
 * The day `years` years after `day`, as a string bound for "<" comparisons. Feb 29 + 10 years
 * gives e.g. "2026-02-29", which sorts just after Feb 28: still the right exclusive bound.
 * YYYY-MM-DD strings of 4-digit years sort in calendar order, so no Date is needed.
 */
function yearsLater(day: string, years: number): string | null {
  const year = Number(day.slice(0, 4)) + years;
  return year > 9999 ? null : `${String(year).padStart(4, "0")}${day.slice(4)}`;
}

type Window = { from: string; to: string };

/** from ≤ to and at most MAX_WINDOW_YEARS long; issues point at `to`, the usual culprit. */
function checkWindow(window: Window, ctx: z.RefinementCtx): void {
  if (window.from > window.to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "Must be on or after from" });
    return;
  }
  const limit = yearsLater(window.from, MAX_WINDOW_YEARS);
  if (limit !== null && window.to >= limit) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `The window may span at most ${MAX_WINDOW_YEARS} years` });
  }
}

export const metricsQuerySchema = z
  .strictObject({
    metric: z.enum(METRICS),
    from: daySchema,
    to: daySchema,
    teamId: idSchema.optional(),
    surveyId: idSchema.optional(),
  })
  .superRefine(checkWindow);
export type MetricsQuery = z.infer<typeof metricsQuerySchema>;

export const correlationsQuerySchema = z
  .strictObject({
    cx: z.enum(CX_METRICS),
    from: daySchema,
    to: daySchema,
    // Query values are strings; only the plain digits 0..4 are a lag ("01", "1.0", " 1" are not).
    lag: z
      .enum(["0", "1", "2", "3", "4"], "A whole number of periods from 0 to 4")
      .default("0")
      .transform(Number),
    period: z.enum(PERIODS).default("month"),
  })
  .superRefine(checkWindow);
export type CorrelationsQuery = z.infer<typeof correlationsQuerySchema>;

// --- Responses -------------------------------------------------------------------------

const count = z.number().int().nonnegative();

/** NPS and eNPS: unrounded; score and margin are null when n = 0. */
export const npsFigureSchema = z.object({
  score: z.number().nullable(),
  n: count,
  promoters: count,
  passives: count,
  detractors: count,
  marginOfError: z.number().nullable(),
});
export type NpsFigure = z.infer<typeof npsFigureSchema>;

/** CSAT: score is the satisfied percentage, mean is on the 1..5 scale. */
export const csatFigureSchema = z.object({
  score: z.number().nullable(),
  mean: z.number().nullable(),
  n: count,
  satisfied: count,
  marginOfError: z.number().nullable(),
});
export type CsatFigure = z.infer<typeof csatFigureSchema>;

/** An employee figure that may not be shown: no score and no counts, on purpose. */
export const suppressedFigureSchema = z.strictObject({ suppressed: z.literal(true) });
export type SuppressedFigure = z.infer<typeof suppressedFigureSchema>;

export type Figure = NpsFigure | CsatFigure;

const teamRef = { teamId: z.string() };
const teamRowSchema = z.union([
  npsFigureSchema.extend(teamRef),
  csatFigureSchema.extend(teamRef),
  suppressedFigureSchema.extend(teamRef),
]);

export const metricsResponseSchema = z.object({
  metric: z.enum(METRICS),
  from: z.iso.date(),
  to: z.iso.date(),
  overall: z.union([npsFigureSchema, csatFigureSchema, suppressedFigureSchema]),
  teams: z.array(teamRowSchema).describe("One row per team in scope, sorted by team name then id"),
});
export type MetricsResponse = z.infer<typeof metricsResponseSchema>;
export type TeamRow = z.infer<typeof teamRowSchema>;

const nullableNumber = z.number().nullable();

export const correlationPointSchema = z.object({
  teamId: z.string(),
  ex: z.number().describe("The team's eNPS over [from, to]"),
  cx: z.number().describe("The team's NPS or CSAT over the window shifted by lag periods"),
  exN: count,
  cxN: count,
});
export type CorrelationPointDto = z.infer<typeof correlationPointSchema>;

export const correlationsResponseSchema = z.object({
  n: count,
  pearson: z.object({
    r: nullableNumber.describe("Null below 3 points or when a series is constant"),
    pValue: nullableNumber,
    ci95: z.tuple([z.number(), z.number()]).nullable().describe("Fisher-z interval; null below 4 points"),
  }),
  spearman: z.object({ rho: nullableNumber, pValue: nullableNumber }),
  points: z.array(correlationPointSchema).describe("One per team that qualifies, sorted by teamId"),
  lag: z.number().int().min(0).max(4),
  period: z.enum(PERIODS),
});
export type CorrelationsResponse = z.infer<typeof correlationsResponseSchema>;
