/**
 * Ingestion, three ways over rows of one shape: POST /api/v1/responses in batches of 500, the
 * same endpoint one response per request from 16 concurrent clients, and a raw `pg` INSERT of
 * the same kind of rows into Response and Answer in batches of 500 (the physical baseline:
 * what writing the rows costs with no HTTP, validation, rollups, follow-ups or audit).
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { createRandom } from "../../../src/server/demo/random";
import { BenchFailure, inPool, timedFetch } from "./http";
import { addDays, type BenchPlan } from "./plan";
import type { BenchOrg } from "./seed-org";

export const BATCH_SIZE = 500;
export const SINGLE_CLIENTS = 16;

export type IngestItem = { surveyId: string; teamId: string; score: number; comment?: string; submittedAt: string; idempotencyKey: string };

const COMMENTS = ["Helpful staff.", "Too slow at the till.", "Could not find my size.", "Great boots!", "Return was easy.", "Nobody around to ask."];

/** `count` realistic items over the last 30 days, with unique idempotency keys under `tag`. */
export function ingestItems(plan: BenchPlan, org: BenchOrg, count: number, tag: string, seed: number): IngestItem[] {
  const random = createRandom(seed);
  const surveys = [org.surveys.npsStore, org.surveys.npsStore, org.surveys.npsOnline, org.surveys.csat];
  return Array.from({ length: count }, (_, i) => {
    const survey = random.pick(surveys);
    const score = survey.metric === "CSAT" ? random.weighted([[1, 3], [2, 6], [3, 20], [4, 40], [5, 31]] as const) : Math.max(0, Math.min(10, Math.round(random.normal(7.9, 2))));
    const day = addDays(plan.lastDay, -random.int(0, 29));
    const item: IngestItem = {
      surveyId: survey.id,
      teamId: random.pick(org.storeIds),
      score,
      submittedAt: `${day}T${String(random.int(8, 19)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}:00Z`,
      idempotencyKey: `${tag}-${i}`,
    };
    if (random.chance(0.2)) item.comment = random.pick(COMMENTS);
    return item;
  });
}

export type IngestMeasure = { rows: number; ms: number; perSecond: number };

const measure = (rows: number, ms: number): IngestMeasure => ({ rows, ms, perSecond: rows / (ms / 1000) });

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

async function postBatch(baseUrl: string, apiKey: string, items: readonly IngestItem[]): Promise<number> {
  const { ms, body } = await timedFetch(`${baseUrl}/api/v1/responses`, {
    method: "POST",
    expect: 201,
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ responses: items }),
  });
  const created = (JSON.parse(body) as { created: number }).created;
  if (created !== items.length) throw new BenchFailure(`a batch of ${items.length} stored ${created}`);
  return ms;
}

/**
 * One transaction per batch, the rows built by the client (ids included) and sent as arrays:
 * the Response insert is the API's own statement (ON CONFLICT on the idempotency key), the
 * Answer insert likewise, so the difference is everything the API does around them.
 */
async function rawBatch(sql: pg.Pool, orgId: string, questionIds: ReadonlyMap<string, string>, items: readonly IngestItem[]): Promise<number> {
  const client = await sql.connect();
  const started = performance.now();
  try {
    await client.query("BEGIN");
    const ids = items.map(() => randomUUID());
    const inserted = await client.query(
      `INSERT INTO "Response" ("id", "orgId", "surveyId", "teamId", "score", "comment", "submittedAt", "submittedOn", "idempotencyKey")
       SELECT u.id, $1, u.survey_id, u.team_id, u.score, u.comment, u.submitted_at AT TIME ZONE 'UTC', (u.submitted_at AT TIME ZONE 'UTC')::date, u.key
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::timestamptz[], $8::text[])
         AS u(id, survey_id, team_id, score, comment, submitted_at, key)
       ON CONFLICT ("orgId", "idempotencyKey") DO NOTHING
       RETURNING "id"`,
      [orgId, ids, items.map((i) => i.surveyId), items.map((i) => i.teamId), items.map((i) => i.score), items.map((i) => i.comment ?? null), items.map((i) => i.submittedAt), items.map((i) => i.idempotencyKey)],
    );
    if (inserted.rowCount !== items.length) throw new BenchFailure(`a raw batch of ${items.length} stored ${inserted.rowCount}`);
    await client.query(
      `INSERT INTO "Answer" ("id", "orgId", "responseId", "questionId", "numberValue")
       SELECT u.id, $1, u.response_id, u.question_id, u.score
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS u(id, response_id, question_id, score)`,
      [orgId, items.map(() => randomUUID()), ids, items.map((i) => questionIds.get(i.surveyId)!), items.map((i) => i.score)],
    );
    await client.query("COMMIT");
    return performance.now() - started;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export type BatchComparison = { api: IngestMeasure; raw: IngestMeasure };

/**
 * API batches and raw batches take turns, one of each at a time, so that load from anything
 * else on the machine falls on both alike; each side's rate is its rows over its own time.
 */
export async function compareBatchIngestion(options: { baseUrl: string; apiKey: string; sql: pg.Pool; org: BenchOrg; apiItems: IngestItem[]; rawItems: IngestItem[] }): Promise<BatchComparison> {
  const { baseUrl, apiKey, sql, org, apiItems, rawItems } = options;
  const questionIds = new Map(Object.values(org.surveys).map((s) => [s.id, s.questionId]));
  const apiBatches = chunks(apiItems, BATCH_SIZE);
  const rawBatches = chunks(rawItems, BATCH_SIZE);
  let apiMs = 0;
  let rawMs = 0;
  for (let i = 0; i < Math.max(apiBatches.length, rawBatches.length); i++) {
    if (apiBatches[i]) apiMs += await postBatch(baseUrl, apiKey, apiBatches[i]!);
    if (rawBatches[i]) rawMs += await rawBatch(sql, org.orgId, questionIds, rawBatches[i]!);
  }
  return { api: measure(apiItems.length, apiMs), raw: measure(rawItems.length, rawMs) };
}

/** One response per request from SINGLE_CLIENTS concurrent clients; rate over wall time. */
export async function singleIngestion(options: { baseUrl: string; apiKey: string; items: IngestItem[] }): Promise<IngestMeasure & { latencies: number[] }> {
  const { baseUrl, apiKey, items } = options;
  const started = performance.now();
  const latencies = await inPool(items, SINGLE_CLIENTS, (item) => postBatch(baseUrl, apiKey, [item]));
  return { ...measure(items.length, performance.now() - started), latencies };
}
