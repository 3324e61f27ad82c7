/**
 * Batch ingestion (POST /api/v1/responses): all or nothing. Every item is checked before a
 * transaction opens; then the responses, their answers, the daily rollups and the audit entry
 * are written in one transaction, so a dashboard never sees a response its rollup lacks.
 */
import type { IngestResponsesInput, IngestResult } from "@/lib/schemas/response";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { insertResponses } from "./insert-responses";
import { loadIngestTargets } from "./load-ingest-targets";
import { dropRepeatedKeys, prepareResponses } from "./prepare-responses";
import { addToDailyRollups } from "./update-rollups";

export type IngestResponsesOptions = {
  orgId: string;
  actor: AuditActor;
  input: IngestResponsesInput;
  /** Read once per request: the default submittedAt and the bound "not in the future". */
  now?: Date;
};

// Batches that share idempotency keys or rollup rows queue behind each other's commits;
// Prisma's defaults (2 s to get a connection, 5 s in all) would turn a busy minute into 500s.
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 30_000 };

export async function ingestResponses(db: Db, { orgId, actor, input, now = new Date() }: IngestResponsesOptions): Promise<IngestResult> {
  const items = input.responses;
  const targets = await loadIngestTargets(db, {
    orgId,
    surveyIds: items.map((item) => item.surveyId),
    teamIds: items.map((item) => item.teamId),
  });
  const responses = dropRepeatedKeys(prepareResponses({ items, targets, now }));
  return db.$transaction(async (tx) => {
    const inserted = await insertResponses(tx, { orgId, responses });
    await addToDailyRollups(tx, {
      orgId,
      entries: inserted.map((r) => ({ surveyId: r.surveyId, teamId: r.teamId, day: r.submittedOn, score: r.score })),
    });
    await recordAudit(tx, { orgId, actor, action: "responses.ingest", targetType: "Response", metadata: { created: inserted.length } });
    return { created: inserted.length };
  }, TRANSACTION_LIMITS);
}
