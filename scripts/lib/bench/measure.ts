/**
 * Latency measurements: the metrics and correlations API one request at a time (after a
 * warm-up), the naive aggregate for the same requests, and the dashboard page.
 */
import type pg from "pg";
import { encode } from "next-auth/jwt";
import { summarizeLatencies, type LatencySummary } from "../../../src/core/stats/percentile";
import { shiftDayByMonths } from "../../../src/server/metrics/shift-day";
import { BenchFailure, timedFetch } from "./http";
import type { BenchPlan } from "./plan";
import {
  correlationsUrl,
  dashboardPaths,
  metricsUrl,
  naiveCorrelationsQuery,
  naiveMetricsQuery,
  type CorrelationsRequest,
  type MetricsRequest,
} from "./requests";
import type { BenchOrg } from "./seed-org";

const WARM_UP = 30;
/** Times each list is sent; the pass with the median p95 is reported (see measureApi). */
export const API_PASSES = 3;

export type ApiMeasure = {
  metrics: LatencySummary;
  correlations: LatencySummary;
  /** Every pass's p95, in order, for the log. */
  passes: { metricsP95: number; correlationsP95: number }[];
  metricsBodies: string[];
};

/** The summary of the pass whose p95 is the median of the passes' p95s. */
function medianPass(passes: LatencySummary[]): LatencySummary {
  return [...passes].sort((a, b) => a.p95 - b.p95)[Math.floor(passes.length / 2)]!;
}

/**
 * Metrics and correlations requests alternate, so load from elsewhere on the machine falls on
 * both alike. The first WARM_UP of each list are sent once, untimed, before timing starts.
 * The lists are then sent API_PASSES times, and for each API the pass with the median p95 is
 * reported (its p50, p95 and p99 together): on a shared machine a burst of someone else's
 * work can fill one pass's slowest 5%, and a median of passes is not moved by one such pass.
 */
export async function measureApi(baseUrl: string, apiKey: string, metrics: MetricsRequest[], correlations: CorrelationsRequest[]): Promise<ApiMeasure> {
  const headers = { authorization: `Bearer ${apiKey}` };
  for (let i = 0; i < WARM_UP; i++) {
    await timedFetch(metricsUrl(baseUrl, metrics[i % metrics.length]!), { headers });
    await timedFetch(correlationsUrl(baseUrl, correlations[i % correlations.length]!), { headers });
  }
  const metricsPasses: LatencySummary[] = [];
  const correlationsPasses: LatencySummary[] = [];
  const metricsBodies: string[] = [];
  for (let pass = 0; pass < API_PASSES; pass++) {
    const metricsMs: number[] = [];
    const correlationsMs: number[] = [];
    for (let i = 0; i < Math.max(metrics.length, correlations.length); i++) {
      if (metrics[i]) {
        const { ms, body } = await timedFetch(metricsUrl(baseUrl, metrics[i]!), { headers });
        metricsMs.push(ms);
        if (pass === 0) metricsBodies.push(body);
      }
      if (correlations[i]) correlationsMs.push((await timedFetch(correlationsUrl(baseUrl, correlations[i]!), { headers })).ms);
    }
    metricsPasses.push(summarizeLatencies(metricsMs));
    correlationsPasses.push(summarizeLatencies(correlationsMs));
  }
  return {
    metrics: medianPass(metricsPasses),
    correlations: medianPass(correlationsPasses),
    passes: metricsPasses.map((m, i) => ({ metricsP95: m.p95, correlationsP95: correlationsPasses[i]!.p95 })),
    metricsBodies,
  };
}

type OverallBody = { overall: { n?: number; suppressed?: true } };

/**
 * The naive aggregate for each request, timed on one connection. Each customer-metrics result
 * is also checked against the API's overall n for the same request: the rollups must hold
 * exactly the raw responses, or the comparison (and the seeding) would be wrong.
 */
export async function measureNaive(
  sql: pg.Pool,
  orgId: string,
  metrics: { request: MetricsRequest; apiBody: string }[],
  correlations: CorrelationsRequest[],
): Promise<LatencySummary> {
  const client = await sql.connect();
  try {
    const times: number[] = [];
    const run = async (query: { text: string; values: unknown[] }) => {
      const started = performance.now();
      const result = await client.query<{ n: string }>(query);
      times.push(performance.now() - started);
      return result.rows;
    };
    // Warm-up, untimed: the same first queries once, so both sides start from a warm cache.
    for (const { request } of metrics.slice(0, 3)) await client.query(naiveMetricsQuery(orgId, request));
    for (let i = 0; i < Math.max(metrics.length, correlations.length); i++) {
      const m = metrics[i];
      if (m) {
        const rows = await run(naiveMetricsQuery(orgId, m.request));
        const overall = (JSON.parse(m.apiBody) as OverallBody).overall;
        const naiveN = rows.reduce((sum, row) => sum + Number(row.n), 0);
        if (m.request.metric !== "ENPS" && overall.n !== naiveN) {
          throw new BenchFailure(`metrics ${JSON.stringify(m.request)}: the API's n is ${overall.n}, the raw responses' ${naiveN}`);
        }
      }
      const c = correlations[i];
      if (c) {
        const shift = c.lag * (c.period === "month" ? 1 : 3);
        await run(naiveCorrelationsQuery(orgId, c, { from: shiftDayByMonths(c.from, shift), to: shiftDayByMonths(c.to, shift) }));
      }
    }
    return summarizeLatencies(times);
  } finally {
    client.release();
  }
}

/** A next-auth session cookie for the member, minted as next-auth itself would (e2e/fixtures.ts). */
export async function sessionCookie(secret: string, member: { userId: string; email: string; name: string }, orgId: string): Promise<string> {
  const token = await encode({ secret, token: { sub: member.userId, userId: member.userId, orgId, email: member.email, name: member.name } });
  return `next-auth.session-token=${token}`;
}

export type PageMeasure = { summary: LatencySummary | null; status: number; paths: number };

/**
 * GET /dashboard with varied filters, as the signed-in CX leader, the whole HTML read. A 404
 * on the first request means the page does not exist (yet): reported, not failed.
 */
export async function measurePage(baseUrl: string, cookie: string, plan: BenchPlan, org: BenchOrg, count: number): Promise<PageMeasure> {
  const paths = dashboardPaths(plan, org, count);
  const headers = { cookie };
  const probe = await fetch(`${baseUrl}${paths[0]}`, { headers, redirect: "manual" });
  await probe.text();
  if (probe.status === 404) return { summary: null, status: 404, paths: 0 };
  if (probe.status !== 200) throw new BenchFailure(`GET /dashboard answered ${probe.status}`);
  for (const path of paths.slice(0, 5)) await timedFetch(`${baseUrl}${path}`, { headers, redirect: "manual" });
  const times: number[] = [];
  for (const path of paths) times.push((await timedFetch(`${baseUrl}${path}`, { headers, redirect: "manual" })).ms);
  return { summary: summarizeLatencies(times), status: 200, paths: paths.length };
}
