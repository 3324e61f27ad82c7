/**
 * What else the dashboard reads besides the rollups, at a size that goes with the responses:
 * follow-up cases for every commented detractor or dissatisfied customer (as ingestion opens
 * them: src/core/follow-ups/rules.ts), most of them closed, and frontline ideas with votes.
 */
import type pg from "pg";
import type { BenchPlan } from "./plan";
import type { BenchOrg } from "./seed-org";

const IDEAS = 1500;
const IDEA_TITLES = [
  "Sizing guide at every fitting room", "Text customers when their size is back", "Express lane for returns",
  "Boot-fitting appointments online", "Repair corner for zips and straps", "Weekend staffing matches footfall",
  "Loaner gear for trail days", "Tablet stock check on the floor", "Recycle old jackets for credit",
  "Map of local trails at checkout", "Quieter hour for families", "Pre-packed kits for beginners",
];
const STATUSES = ["NEW", "NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE", "DECLINED"];

/** Idempotent: a response that already has its case is skipped. */
export async function seedFollowUps(sql: pg.Pool, plan: BenchPlan, org: BenchOrg): Promise<number> {
  const result = await sql.query(
    `INSERT INTO "FollowUp" ("id", "orgId", "responseId", "teamId", "status", "firstActionAt", "closedAt", "outcome", "createdAt", "updatedAt")
     SELECT gen_random_uuid()::text, r."orgId", r."id", r."teamId", c.status::"FollowUpStatus",
       CASE WHEN c.status <> 'OPEN' THEN r."submittedAt" + interval '1 day' END,
       CASE WHEN c.status = 'CLOSED' THEN r."submittedAt" + interval '3 days' END,
       CASE WHEN c.status = 'CLOSED' THEN 'Called the customer and sorted it out.' END,
       r."submittedAt", r."submittedAt" + interval '3 days'
     FROM "Response" r
     JOIN "Survey" s ON s."id" = r."surveyId" AND s."orgId" = r."orgId"
     CROSS JOIN LATERAL (
       SELECT CASE
         WHEN r."submittedOn" < $2::date - 30 AND (hashtext(r."id") & 1023) >= 80 THEN 'CLOSED'
         WHEN (hashtext(r."id") & 1) = 0 THEN 'IN_PROGRESS'
         ELSE 'OPEN' END AS status
     ) AS c
     WHERE r."orgId" = $1 AND s."audience" = 'CUSTOMER' AND r."comment" IS NOT NULL
       AND ((s."metric" = 'NPS' AND r."score" <= 6) OR (s."metric" = 'CSAT' AND r."score" <= 2))
     ON CONFLICT ("responseId") DO NOTHING`,
    [org.orgId, plan.lastDay],
  );
  return result.rowCount ?? 0;
}

export async function seedIdeas(sql: pg.Pool, plan: BenchPlan, org: BenchOrg): Promise<void> {
  await sql.query(
    `INSERT INTO "Idea" ("id", "orgId", "teamId", "title", "body", "prompt", "status", "voteCount", "commentCount", "statusChangedAt", "createdAt", "updatedAt")
     SELECT 'bench_idea_' || i, $1, ($2::text[])[1 + (hashint4(i) & 65535) % array_length($2::text[], 1)],
       ($3::text[])[1 + (hashint4(i + 1) & 65535) % array_length($3::text[], 1)] || ' (#' || i || ')',
       'Customers keep asking for this; it would save us time on the floor too.',
       (ARRAY['EASIER_LIVES', 'MAGIC_WAND', 'FREE'])[1 + i % 3]::"IdeaPrompt",
       ($4::text[])[1 + (hashint4(i + 2) & 65535) % array_length($4::text[], 1)]::"IdeaStatus",
       floor(power((hashint4(i + 3) & 65535) / 65536.0, 3) * 80)::int,
       (hashint4(i + 4) & 7),
       created, created, created
     FROM generate_series(0, $5::int - 1) AS i
     CROSS JOIN LATERAL (SELECT $6::date + ((hashint4(i + 5) & 65535) % 365) + time '09:00' AS created) AS c`,
    [org.orgId, org.storeIds, IDEA_TITLES, STATUSES, IDEAS, plan.firstDay],
  );
}
