/**
 * Opening follow-ups where responses are written: a customer detractor (NPS 0–6) or a
 * dissatisfied customer (CSAT 1–2) who left a comment gets a case for the team the response is
 * attributed to, in the transaction that stores the response, and the managers above that team
 * hear of it (src/core/follow-ups/rules.ts has the rule; docs/decisions/015-follow-ups-and-kudos.md).
 *
 * Every write path calls this: insertResponse (public and personal links, the widget, the
 * email one-click), insertResponses (the batch API and the CSV import) and the completion of a
 * one-click answer. It is ONE statement whatever the number of responses, because the batch
 * API's speed is measured: the case rows and the managers' notifications are written by
 * data-modifying CTEs of a single INSERT … SELECT over the ids just stored, and the rule is
 * re-checked in SQL against each response's survey (audience and headline metric), which the
 * callers don't all know. Responses that can't qualify by score or comment are dropped before
 * the statement, so a batch of promoters, an employee pulse or a comment-less click costs nothing.
 *
 * Managers get one notification per team per write: a single case links to itself; several
 * (an import, an API batch) are summed up with a link to the team's list, so a 5,000-row file
 * is one message per manager and team rather than a flood.
 */
import { FOLLOW_UP_MAX_SCORE, hasComment } from "@/core/follow-ups/rules";
import type { DbOrTx } from "../prisma-client";

export type StoredResponse = { id: string; score: number | null; comment: string | null };

export type OpenFollowUpsOptions = {
  orgId: string;
  /** Responses just written in this transaction (any audience or metric). */
  responses: readonly StoredResponse[];
  /** When the cases open: the response's own "now" where the caller has one. */
  now?: Date;
};

/** The widest score that can open a case on any customer scale (NPS 6 ≥ CSAT 2). */
const ANY_SCALE_MAX = Math.max(FOLLOW_UP_MAX_SCORE.NPS, FOLLOW_UP_MAX_SCORE.CSAT);
/** Notification bodies carry the start of the customer's words, not a whole essay. */
export const NOTIFICATION_EXCERPT_CHARS = 200;
/** A guard against a cycle in the team tree (which the teams API refuses anyway). */
const MAX_TREE_DEPTH = 64;

export async function openFollowUps(tx: DbOrTx, { orgId, responses, now = new Date() }: OpenFollowUpsOptions): Promise<{ opened: number; notified: number }> {
  const ids = responses.filter((r) => r.score !== null && r.score <= ANY_SCALE_MAX && hasComment(r.comment)).map((r) => r.id);
  if (ids.length === 0) return { opened: 0, notified: 0 };
  const at = now.toISOString();
  // ON CONFLICT: a response already has its case (a one-click answer completed twice). The ids
  // drive the join (unnest → primary key), so the cost follows the batch, not the survey's size;
  // rows are inserted in id order so overlapping batches take the unique index's locks in the
  // same order. Managers: MANAGER members whose team is the case's team or one of its
  // ancestors, i.e. whose subtree contains it, found once per distinct team of the batch.
  // Prisma keeps DateTime as UTC in "timestamp without time zone".
  const [row] = await tx.$queryRaw<{ opened: number; notified: number }[]>`
    WITH RECURSIVE opened AS (
      INSERT INTO "FollowUp" ("id", "orgId", "responseId", "teamId", "status", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, r."orgId", r."id", r."teamId", 'OPEN'::"FollowUpStatus",
        ${at}::timestamptz AT TIME ZONE 'UTC', ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM unnest(${ids}::text[]) AS u(id)
      JOIN "Response" r ON r."id" = u.id AND r."orgId" = ${orgId}
      JOIN "Survey" s ON s."id" = r."surveyId" AND s."orgId" = r."orgId"
      WHERE s."audience" = 'CUSTOMER'
        AND r."comment" ~ '[^[:space:]]'
        AND ((s."metric" = 'NPS' AND r."score" BETWEEN 0 AND ${FOLLOW_UP_MAX_SCORE.NPS})
          OR (s."metric" = 'CSAT' AND r."score" BETWEEN 1 AND ${FOLLOW_UP_MAX_SCORE.CSAT}))
      ORDER BY r."id"
      ON CONFLICT ("responseId") DO NOTHING
      RETURNING "id", "teamId", "responseId"
    ),
    chain AS (
      SELECT DISTINCT o."teamId" AS case_team, o."teamId" AS team_id, 0 AS depth FROM opened o
      UNION ALL
      SELECT c.case_team, t."parentId", c.depth + 1
      FROM chain c JOIN "Team" t ON t."id" = c.team_id AND t."orgId" = ${orgId}
      WHERE t."parentId" IS NOT NULL AND c.depth < ${MAX_TREE_DEPTH}
    ),
    managers AS (
      SELECT c.case_team, m."userId"
      FROM chain c JOIN "Membership" m ON m."orgId" = ${orgId} AND m."role" = 'MANAGER' AND m."teamId" = c.team_id
    ),
    cases AS (
      SELECT mg."userId", o."teamId" AS case_team, count(*)::int AS n, min(o."id") AS first_id,
        min(s."metric"::text) AS metric, min(r."score") AS score, min(r."comment") AS comment
      FROM opened o
      JOIN managers mg ON mg.case_team = o."teamId"
      JOIN "Response" r ON r."id" = o."responseId"
      JOIN "Survey" s ON s."id" = r."surveyId"
      GROUP BY mg."userId", o."teamId"
    ),
    notified AS (
      INSERT INTO "Notification" ("id", "orgId", "userId", "kind", "title", "body", "link", "createdAt")
      SELECT gen_random_uuid()::text, ${orgId}, c."userId", 'followup.opened',
        CASE WHEN c.n = 1 THEN 'A customer needs a follow-up: ' || c.metric || ' ' || c.score::text || ' at ' || t."name"
          ELSE c.n::text || ' customers need a follow-up at ' || t."name" END,
        CASE WHEN c.n = 1 THEN left(c.comment, ${NOTIFICATION_EXCERPT_CHARS}) ELSE NULL END,
        CASE WHEN c.n = 1 THEN '/follow-ups/' || c.first_id ELSE '/follow-ups?team=' || c.case_team END,
        ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM cases c JOIN "Team" t ON t."id" = c.case_team
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM opened)::int AS opened, (SELECT count(*) FROM notified)::int AS notified`;
  return row ?? { opened: 0, notified: 0 };
}
