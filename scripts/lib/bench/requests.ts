/**
 * The requests the benchmark times: the same seeded list at a tenth and at full size, with
 * filters varied as a dashboard varies them (metric, team subtree, survey, windows from a
 * week to the year, lag and period), and the naive SQL each one is compared with.
 */
import { createRandom, type Random } from "../../../src/server/demo/random";
import { addDays, type BenchPlan } from "./plan";
import type { BenchOrg } from "./seed-org";

export type MetricName = "NPS" | "CSAT" | "ENPS";
export type MetricsRequest = { kind: "metrics"; metric: MetricName; from: string; to: string; teamIds?: string[]; teamId?: string; surveyId?: string };
export type CorrelationsRequest = { kind: "correlations"; cx: "NPS" | "CSAT"; from: string; to: string; lag: number; period: "month" | "quarter" };

const WINDOW_DAYS = [7, 30, 30, 91, 91, 182, 365];

function window(random: Random, plan: BenchPlan, days: number, latestEnd = plan.lastDay): { from: string; to: string } {
  // The window ends on some day late enough for it to start on the data's first day or after.
  const earliestEnd = addDays(plan.firstDay, days - 1);
  const span = Math.max(0, Math.round((Date.parse(latestEnd) - Date.parse(earliestEnd)) / 86_400_000));
  const to = addDays(earliestEnd, random.int(0, span));
  return { from: addDays(to, -(days - 1)), to };
}

export function metricsUrl(base: string, r: MetricsRequest): string {
  const params = new URLSearchParams({ metric: r.metric, from: r.from, to: r.to });
  if (r.teamId) params.set("teamId", r.teamId);
  if (r.surveyId) params.set("surveyId", r.surveyId);
  return `${base}/api/v1/metrics?${params}`;
}

export function correlationsUrl(base: string, r: CorrelationsRequest): string {
  const params = new URLSearchParams({ cx: r.cx, from: r.from, to: r.to, lag: String(r.lag), period: r.period });
  return `${base}/api/v1/correlations?${params}`;
}

export function metricsRequests(plan: BenchPlan, org: BenchOrg, count: number, seed = 1): MetricsRequest[] {
  const random = createRandom(seed);
  const surveysOf: Record<MetricName, string[]> = {
    NPS: [org.surveys.npsStore.id, org.surveys.npsOnline.id],
    CSAT: [org.surveys.csat.id],
    ENPS: [org.surveys.pulse.id],
  };
  return Array.from({ length: count }, (): MetricsRequest => {
    const metric = random.pick(["NPS", "CSAT", "ENPS"] as const);
    const request: MetricsRequest = { kind: "metrics", metric, ...window(random, plan, random.pick(WINDOW_DAYS)) };
    const scope = random.next();
    if (scope < 0.25) {
      const region = random.int(0, org.regionIds.length - 1);
      request.teamId = org.regionIds[region];
      request.teamIds = [org.regionIds[region]!, ...plan.stores.filter((s) => s.region === region).map((s) => org.storeIds[s.index]!)];
    } else if (scope < 0.5) {
      const store = random.int(0, org.storeIds.length - 1);
      request.teamId = org.storeIds[store];
      request.teamIds = [org.storeIds[store]!];
    }
    if (random.chance(0.2)) request.surveyId = random.pick(surveysOf[metric]);
    return request;
  });
}

export function correlationsRequests(plan: BenchPlan, count: number, seed = 2): CorrelationsRequest[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (): CorrelationsRequest => {
    const period = random.pick(["month", "month", "quarter"] as const);
    const lag = random.int(0, 4);
    // Keep the CX window (lag periods later) inside the data where the window allows.
    const shiftDays = lag * (period === "month" ? 31 : 92);
    const days = Math.min(random.pick([30, 91, 91, 182, 365]), Math.max(30, 365 - shiftDays));
    const latestEnd = addDays(plan.lastDay, -Math.min(shiftDays, 365 - days));
    return { kind: "correlations", cx: random.pick(["NPS", "CSAT"] as const), ...window(random, plan, days, latestEnd), lag, period };
  });
}

/**
 * The dashboard's URL filters as a shared link holds them (src/lib/schemas/dashboard.ts):
 * a period preset or custom dates, a team subtree, a survey, the trend unit and the
 * scatter's customer metric, lag and lag period.
 */
export function dashboardPaths(plan: BenchPlan, org: BenchOrg, count: number, seed = 3): string[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return "/dashboard";
    const params = new URLSearchParams();
    const period = random.pick(["30d", "90d", "90d", "quarter", "12m", "custom"] as const);
    params.set("period", period);
    if (period === "custom") {
      const { from, to } = window(random, plan, random.pick([30, 91, 182, 365]));
      params.set("from", from);
      params.set("to", to);
    }
    if (random.chance(0.4)) params.set("teamId", random.pick([...org.regionIds, ...org.storeIds]));
    if (random.chance(0.2)) params.set("surveyId", random.pick([org.surveys.npsStore.id, org.surveys.npsOnline.id, org.surveys.csat.id, org.surveys.pulse.id]));
    if (random.chance(0.3)) params.set("unit", "week");
    if (random.chance(0.3)) params.set("cx", "CSAT");
    if (random.chance(0.4)) {
      params.set("lag", String(random.int(1, 4)));
      params.set("lagPeriod", random.pick(["month", "quarter"] as const));
    }
    return `/dashboard?${params}`;
  });
}

const BUCKETS = Array.from({ length: 11 }, (_, s) => `count(*) FILTER (WHERE a."numberValue" = ${s}) AS h${s}`).join(", ");

/**
 * The naive way to the same histograms: one aggregate over the raw responses and their
 * headline answers for the request's window and filters, instead of the daily rollups.
 */
export function naiveMetricsQuery(orgId: string, r: MetricsRequest): { text: string; values: unknown[] } {
  const values: unknown[] = [orgId, r.metric, r.from, r.to];
  let filters = "";
  if (r.surveyId) {
    values.push(r.surveyId);
    filters += ` AND r."surveyId" = $${values.length}`;
  }
  if (r.teamIds && r.metric !== "ENPS") {
    values.push(r.teamIds);
    filters += ` AND r."teamId" = ANY($${values.length}::text[])`;
  }
  return {
    text: `SELECT r."teamId", count(*) AS n, ${BUCKETS}
      FROM "Response" r
      JOIN "Survey" s ON s."id" = r."surveyId" AND s."orgId" = r."orgId"
      JOIN "Answer" a ON a."responseId" = r."id"
      JOIN "Question" q ON q."id" = a."questionId" AND q."isHeadline"
      WHERE r."orgId" = $1 AND s."metric" = $2::"Metric" AND r."submittedOn" BETWEEN $3::date AND $4::date${filters}
      GROUP BY r."teamId"`,
    values,
  };
}

/** Both sides of a correlation (eNPS over the window, CX over the shifted window) in one aggregate. */
export function naiveCorrelationsQuery(orgId: string, r: CorrelationsRequest, cxWindow: { from: string; to: string }): { text: string; values: unknown[] } {
  return {
    text: `SELECT r."teamId", s."metric", count(*) AS n, ${BUCKETS}
      FROM "Response" r
      JOIN "Survey" s ON s."id" = r."surveyId" AND s."orgId" = r."orgId"
      JOIN "Answer" a ON a."responseId" = r."id"
      JOIN "Question" q ON q."id" = a."questionId" AND q."isHeadline"
      WHERE r."orgId" = $1
        AND ((s."metric" = 'ENPS' AND r."submittedOn" BETWEEN $2::date AND $3::date)
          OR (s."metric" = $4::"Metric" AND r."submittedOn" BETWEEN $5::date AND $6::date))
      GROUP BY r."teamId", s."metric"`,
    values: [orgId, r.from, r.to, r.cx, cxWindow.from, cxWindow.to],
  };
}
