/**
 * Inserts a batch of responses and their headline answers: one multi-row statement each
 * (unnest over typed arrays), whatever the batch size. Ids are made here, not by the
 * database, so the answers can be written without reading the responses back.
 */
import { randomUUID } from "node:crypto";
import type { Tx } from "../prisma-client";
import { openFollowUps } from "../follow-ups/open-follow-ups";

export type NewResponse = {
  id: string;
  surveyId: string;
  teamId: string;
  /** The survey's headline question: the answer row that carries the score. */
  questionId: string;
  score: number;
  comment: string | null;
  /** Null for employee responses, which keep the day only. */
  submittedAt: Date | null;
  /** The UTC day, YYYY-MM-DD. */
  submittedOn: string;
  /** Already digested (./idempotency-key.ts), or null. */
  idempotencyKey: string | null;
};

export type InsertResponsesOptions = { orgId: string; responses: NewResponse[] };

/**
 * Returns the responses actually inserted. A response whose idempotency key the organization
 * already holds is skipped by ON CONFLICT … DO NOTHING; a concurrent request inserting the same
 * key makes this statement wait for it and then skip, so each key is stored once. Only what
 * RETURNING reports goes on to the answers and the rollups.
 */
export async function insertResponses(tx: Tx, { orgId, responses }: InsertResponsesOptions): Promise<NewResponse[]> {
  if (responses.length === 0) return [];
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Response" ("id", "orgId", "surveyId", "teamId", "score", "comment", "submittedAt", "submittedOn", "idempotencyKey")
    SELECT u.id, ${orgId}, u.survey_id, u.team_id, u.score, u.comment,
      -- Prisma keeps DateTime as UTC in "timestamp without time zone".
      u.submitted_at AT TIME ZONE 'UTC', u.submitted_on, u.idempotency_key
    FROM unnest(
      ${responses.map((r) => r.id)}::text[],
      ${responses.map((r) => r.surveyId)}::text[],
      ${responses.map((r) => r.teamId)}::text[],
      ${responses.map((r) => r.score)}::int[],
      ${responses.map((r) => r.comment)}::text[],
      ${responses.map((r) => r.submittedAt?.toISOString() ?? null)}::timestamptz[],
      ${responses.map((r) => r.submittedOn)}::date[],
      ${responses.map((r) => r.idempotencyKey)}::text[]
    ) AS u(id, survey_id, team_id, score, comment, submitted_at, submitted_on, idempotency_key)
    ON CONFLICT ("orgId", "idempotencyKey") DO NOTHING
    RETURNING "id"`;
  const insertedIds = new Set(inserted.map((row) => row.id));
  const stored = responses.filter((r) => insertedIds.has(r.id));
  if (stored.length === 0) return [];
  // The comment stays on Response.comment; the answer carries the score.
  await tx.$executeRaw`
    INSERT INTO "Answer" ("id", "orgId", "responseId", "questionId", "numberValue")
    SELECT u.id, ${orgId}, u.response_id, u.question_id, u.number_value
    FROM unnest(
      ${stored.map(() => randomUUID())}::text[],
      ${stored.map((r) => r.id)}::text[],
      ${stored.map((r) => r.questionId)}::text[],
      ${stored.map((r) => r.score)}::int[]
    ) AS u(id, response_id, question_id, number_value)`;
  await openFollowUps(tx, { orgId, responses: stored });
  return stored;
}
