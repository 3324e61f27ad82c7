/**
 * The responses view's filters, read from the URL (so a filtered view can be bookmarked and
 * exported as it stands): team (its subtree), score band, a window of days and a text search
 * in comments. The page reads them leniently (a bad value is dropped and named); the CSV
 * routes strictly (a bad value is a 400).
 */
import { z } from "zod";
import type { Metric } from "@/lib/schemas/survey";
import { idSchema, NO_NUL_MESSAGE, noNul } from "@/lib/schemas/common";
import { daySchema } from "@/lib/schemas/metrics";

type Band = { name: string; label: string; min: number; max: number; metrics: readonly Metric[] };

/** The score bands of DESIGN.md, "The numbers": NPS 9–10 / 7–8 / 0–6, CSAT 4–5 / 3 / 1–2. */
export const SCORE_BANDS = {
  promoter: { name: "Promoter", label: "Promoters (9–10)", min: 9, max: 10, metrics: ["NPS", "ENPS"] },
  passive: { name: "Passive", label: "Passives (7–8)", min: 7, max: 8, metrics: ["NPS", "ENPS"] },
  detractor: { name: "Detractor", label: "Detractors (0–6)", min: 0, max: 6, metrics: ["NPS", "ENPS"] },
  satisfied: { name: "Satisfied", label: "Satisfied (4–5)", min: 4, max: 5, metrics: ["CSAT"] },
  neutral: { name: "Neutral", label: "Neutral (3)", min: 3, max: 3, metrics: ["CSAT"] },
  dissatisfied: { name: "Dissatisfied", label: "Dissatisfied (1–2)", min: 1, max: 2, metrics: ["CSAT"] },
} as const satisfies Record<string, Band>;
export type ScoreBand = keyof typeof SCORE_BANDS;
const BAND_NAMES = Object.keys(SCORE_BANDS) as [ScoreBand, ...ScoreBand[]];

export function bandsFor(metric: Metric): ScoreBand[] {
  return BAND_NAMES.filter((band) => (SCORE_BANDS[band].metrics as readonly Metric[]).includes(metric));
}

/** The band a score falls in for the survey's metric. */
export function bandOf(metric: Metric, score: number): ScoreBand | undefined {
  return bandsFor(metric).find((band) => score >= SCORE_BANDS[band].min && score <= SCORE_BANDS[band].max);
}

export const MAX_SEARCH_LENGTH = 200;

const FIELDS = {
  team: idSchema,
  band: z.enum(BAND_NAMES),
  from: daySchema,
  to: daySchema,
  q: z.string().trim().max(MAX_SEARCH_LENGTH, `At most ${MAX_SEARCH_LENGTH} characters`).refine(noNul, NO_NUL_MESSAGE),
} as const;

export type ResponseFilters = { team?: string; band?: ScoreBand; from?: string; to?: string; q?: string };
export type FilterKey = keyof ResponseFilters;
export const FILTER_KEYS = Object.keys(FIELDS) as FilterKey[];

/** The whole-object checks: the band must be one of the survey's, and the window ordered. */
function crossIssues(filters: ResponseFilters, metric: Metric): { key: FilterKey; message: string }[] {
  const issues: { key: FilterKey; message: string }[] = [];
  if (filters.band && !bandsFor(metric).includes(filters.band)) issues.push({ key: "band", message: `Not a band of a ${metric} survey` });
  if (filters.from && filters.to && filters.from > filters.to) issues.push({ key: "to", message: "Must be on or after the start date" });
  return issues;
}

export type ParsedFilters = { filters: ResponseFilters; dropped: { key: FilterKey; message: string }[] };

/**
 * Lenient: each filter is parsed on its own, and one that doesn't parse is dropped and
 * reported, so a stale bookmark still shows something. Blank values mean "no filter".
 */
export function readFilters(params: Record<string, string | string[] | undefined>, metric: Metric): ParsedFilters {
  const filters: Record<string, string> = {};
  const dropped: ParsedFilters["dropped"] = [];
  for (const key of FILTER_KEYS) {
    const raw = params[key];
    if (raw === undefined || raw === "") continue;
    // A repeated parameter is a confused URL: refused rather than "first wins".
    const result = Array.isArray(raw) ? null : FIELDS[key].safeParse(raw);
    if (result?.success) {
      if (result.data !== "") filters[key] = result.data;
    } else dropped.push({ key, message: result?.error.issues[0]?.message ?? "Give this filter once" });
  }
  const parsed = filters as ResponseFilters;
  for (const issue of crossIssues(parsed, metric)) {
    delete parsed[issue.key];
    dropped.push(issue);
  }
  return { filters: parsed, dropped };
}

/** Strict: for the CSV routes, where a silently dropped filter would export the wrong rows. */
export function filtersSchema(metric: Metric) {
  return z
    .strictObject({ team: FIELDS.team.optional(), band: FIELDS.band.optional(), from: FIELDS.from.optional(), to: FIELDS.to.optional(), q: FIELDS.q.optional() })
    .transform((value) => ({ ...value, q: value.q || undefined }) as ResponseFilters)
    .superRefine((value, ctx) => {
      for (const issue of crossIssues(value, metric)) ctx.addIssue({ code: "custom", path: [issue.key], message: issue.message });
    });
}

/** The filters as a query string, for links (pagination, exports) that keep them. */
export function filtersToSearch(filters: ResponseFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}
