/**
 * Recomputes an organization's DailyRollup rows from the headline scores of its responses.
 * Ingestion keeps rollups current in the same transaction as each response; this is the
 * repair tool (and what the demo seed uses after a bulk insert).
 */
import type { DbOrTx } from "../prisma-client";

export type RebuildRollupsOptions = { orgId: string };

/**
 * One statement, so it is atomic even outside a transaction. The INSERT reads a count of the
 * deleted rows: that makes PostgreSQL finish the DELETE first (a data-modifying CTE nobody
 * reads runs after the main statement, and its old keys would then collide).
 * Returns the number of rollup rows written.
 */
export async function rebuildRollups(db: DbOrTx, { orgId }: RebuildRollupsOptions): Promise<number> {
  return db.$executeRaw`
    WITH cleared AS (
      DELETE FROM "DailyRollup" WHERE "orgId" = ${orgId} RETURNING 1
    )
    INSERT INTO "DailyRollup" ("orgId", "surveyId", "teamId", "day", "metric", "n",
      "h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10")
    SELECT r."orgId", r."surveyId", r."teamId", r."submittedOn", s."metric", count(*)::int,
      (count(*) FILTER (WHERE r."score" = 0))::int,
      (count(*) FILTER (WHERE r."score" = 1))::int,
      (count(*) FILTER (WHERE r."score" = 2))::int,
      (count(*) FILTER (WHERE r."score" = 3))::int,
      (count(*) FILTER (WHERE r."score" = 4))::int,
      (count(*) FILTER (WHERE r."score" = 5))::int,
      (count(*) FILTER (WHERE r."score" = 6))::int,
      (count(*) FILTER (WHERE r."score" = 7))::int,
      (count(*) FILTER (WHERE r."score" = 8))::int,
      (count(*) FILTER (WHERE r."score" = 9))::int,
      (count(*) FILTER (WHERE r."score" = 10))::int
    FROM "Response" r
    JOIN "Survey" s ON s."id" = r."surveyId" AND s."orgId" = r."orgId"
    WHERE r."orgId" = ${orgId}
      AND r."score" IS NOT NULL
      AND (SELECT count(*) FROM cleared) >= 0
    GROUP BY r."orgId", r."surveyId", r."teamId", r."submittedOn", s."metric"`;
}
