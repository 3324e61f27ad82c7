/**
 * The dashboard's filters, all in the URL so a view can be shared (docs/decisions/016-dashboard.md).
 * Each parameter is parsed on its own: a bad value falls back to its default and is reported
 * back as a note on the page; the rest of the view survives. Unknown parameters are ignored
 * (a shared link may carry tracking tags).
 */
import { z } from "zod";
import { idSchema } from "./common";
import { daySchema, MAX_WINDOW_YEARS } from "./metrics";

export const PERIOD_PRESETS = ["30d", "90d", "quarter", "12m", "custom"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const PERIOD_LABELS: Record<PeriodPreset, string> = {
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  quarter: "This quarter",
  "12m": "Last 12 months",
  custom: "Custom dates",
};

export const TREND_UNITS = ["month", "week"] as const;
export const LAG_PERIODS = ["month", "quarter"] as const;
export const SCATTER_CX = ["NPS", "CSAT"] as const;

export const DASHBOARD_DEFAULTS = {
  period: "90d",
  unit: "month",
  cx: "NPS",
  lag: 0,
  lagPeriod: "month",
} as const;

/** One schema per parameter, so each can fail alone. */
export const dashboardParamSchemas = {
  period: z.enum(PERIOD_PRESETS),
  from: daySchema,
  to: daySchema,
  teamId: idSchema,
  npsSurvey: idSchema,
  csatSurvey: idSchema,
  enpsSurvey: idSchema,
  // Any survey, as the metrics API names the filter: it narrows the metric the survey measures.
  surveyId: idSchema,
  unit: z.enum(TREND_UNITS),
  cx: z.enum(SCATTER_CX),
  // Only the plain digits 0..4, as the correlations API reads them.
  lag: z.enum(["0", "1", "2", "3", "4"]).transform(Number),
  lagPeriod: z.enum(LAG_PERIODS),
  journeyId: idSchema,
} as const;

export type DashboardParam = keyof typeof dashboardParamSchemas;

export const PARAM_LABELS: Record<DashboardParam, string> = {
  period: "period",
  from: "from date",
  to: "to date",
  teamId: "team",
  npsSurvey: "NPS survey",
  csatSurvey: "CSAT survey",
  enpsSurvey: "eNPS survey",
  surveyId: "survey",
  unit: "trend unit",
  cx: "customer metric of the scatter",
  lag: "lag",
  lagPeriod: "lag period",
  journeyId: "journey",
};

export interface DashboardFilters {
  period: PeriodPreset;
  /** Only with period = custom. */
  from?: string;
  to?: string;
  teamId?: string;
  npsSurvey?: string;
  csatSurvey?: string;
  enpsSurvey?: string;
  /** A survey of any metric; the loader turns it into that metric's survey filter. */
  surveyId?: string;
  unit: (typeof TREND_UNITS)[number];
  cx: (typeof SCATTER_CX)[number];
  lag: number;
  lagPeriod: (typeof LAG_PERIODS)[number];
  journeyId?: string;
}

export interface ParsedDashboardFilters {
  filters: DashboardFilters;
  /** Plain sentences for the page: what was ignored and why. */
  notes: string[];
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Reads the dashboard's search params; never throws. A repeated parameter keeps its first value
 * (a page, unlike the API, should still show something), an invalid one its default.
 */
export function parseDashboardFilters(params: SearchParams): ParsedDashboardFilters {
  const notes: string[] = [];
  const value = (key: DashboardParam): string | undefined => {
    const raw = params[key];
    const first = Array.isArray(raw) ? raw[0] : raw;
    return first === undefined || first === "" ? undefined : first;
  };
  const read = <K extends DashboardParam>(key: K): z.output<(typeof dashboardParamSchemas)[K]> | undefined => {
    const raw = value(key);
    if (raw === undefined) return undefined;
    const result = dashboardParamSchemas[key].safeParse(raw);
    if (result.success) return result.data as z.output<(typeof dashboardParamSchemas)[K]>;
    notes.push(`The ${PARAM_LABELS[key]} in the link was not valid, so it was ignored.`);
    return undefined;
  };

  // from and to without a period are custom dates: the link says what it means.
  const givenPeriod = read("period");
  const impliesCustom = value("period") === undefined && (value("from") !== undefined || value("to") !== undefined);
  let period = givenPeriod ?? (impliesCustom ? "custom" : DASHBOARD_DEFAULTS.period);
  let from: string | undefined;
  let to: string | undefined;
  if (period === "custom") {
    from = read("from");
    to = read("to");
    const problem = customWindowProblem(from, to);
    if (problem) {
      notes.push(`${problem} Showing the ${PERIOD_LABELS[DASHBOARD_DEFAULTS.period].toLowerCase()} instead.`);
      period = DASHBOARD_DEFAULTS.period;
      from = to = undefined;
    }
  }
  const filters: DashboardFilters = {
    period,
    ...(from && to ? { from, to } : {}),
    teamId: read("teamId"),
    npsSurvey: read("npsSurvey"),
    csatSurvey: read("csatSurvey"),
    enpsSurvey: read("enpsSurvey"),
    surveyId: read("surveyId"),
    unit: read("unit") ?? DASHBOARD_DEFAULTS.unit,
    cx: read("cx") ?? DASHBOARD_DEFAULTS.cx,
    lag: read("lag") ?? DASHBOARD_DEFAULTS.lag,
    lagPeriod: read("lagPeriod") ?? DASHBOARD_DEFAULTS.lagPeriod,
    journeyId: read("journeyId"),
  };
  for (const key of Object.keys(filters) as (keyof DashboardFilters)[]) if (filters[key] === undefined) delete filters[key];
  return { filters, notes };
}

/**
 * The page's custom dates stay within these years: the previous period and a lagged correlation
 * reach further out on either side, and PostgreSQL has no year 0.
 */
export const CUSTOM_DAYS = { min: "1900-01-01", max: "2999-12-31" } as const;

function customWindowProblem(from: string | undefined, to: string | undefined): string | null {
  if (!from || !to) return "Custom dates need both a valid from and to date.";
  if (from < CUSTOM_DAYS.min || to > CUSTOM_DAYS.max) return "Custom dates must fall between 1900 and 2999.";
  if (from > to) return "The from date was after the to date.";
  const limit = `${String(Number(from.slice(0, 4)) + MAX_WINDOW_YEARS).padStart(4, "0")}${from.slice(4)}`;
  if (to >= limit) return `Custom dates may span at most ${MAX_WINDOW_YEARS} years.`;
  return null;
}

/** The filters as a query string without defaults, for links that keep the view. */
export function dashboardSearch(filters: DashboardFilters, changes: Partial<DashboardFilters> = {}): string {
  const merged: DashboardFilters = { ...filters, ...changes };
  const params = new URLSearchParams();
  const set = (key: string, v: string | number | undefined, fallback?: string | number) => {
    if (v !== undefined && v !== fallback) params.set(key, String(v));
  };
  set("period", merged.period, DASHBOARD_DEFAULTS.period);
  if (merged.period === "custom") {
    set("from", merged.from);
    set("to", merged.to);
  }
  set("teamId", merged.teamId);
  set("npsSurvey", merged.npsSurvey);
  set("csatSurvey", merged.csatSurvey);
  set("enpsSurvey", merged.enpsSurvey);
  set("surveyId", merged.surveyId);
  set("unit", merged.unit, DASHBOARD_DEFAULTS.unit);
  set("cx", merged.cx, DASHBOARD_DEFAULTS.cx);
  set("lag", merged.lag, DASHBOARD_DEFAULTS.lag);
  set("lagPeriod", merged.lagPeriod, DASHBOARD_DEFAULTS.lagPeriod);
  set("journeyId", merged.journeyId);
  const text = params.toString();
  return text ? `?${text}` : "";
}
