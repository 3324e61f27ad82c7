/**
 * pg-boss, the PostgreSQL-backed job queue (shared/DESIGN.md, "Scale path": background work in
 * the database we already run, so any number of instances share it without a second system).
 * Its tables live in their own schema, "pgboss", which pg-boss creates and migrates itself on
 * start (under an advisory lock, so instances starting together don't collide); Prisma's
 * migrations only manage "public" (docs/decisions/011-pulses-and-jobs.md).
 */
import PgBoss from "pg-boss";
import type { JobLogger } from "./logger";

export const BOSS_SCHEMA = "pgboss";

export type CreateBossOptions = {
  connectionString: string;
  logger: JobLogger;
  /** Connections pg-boss may hold; it needs few (a poller per worker, maintenance, cron). */
  poolMax?: number;
};

export function createBoss({ connectionString, logger, poolMax = 3 }: CreateBossOptions): PgBoss {
  const boss = new PgBoss({ connectionString, schema: BOSS_SCHEMA, max: poolMax, application_name: "tandem-jobs" });
  // Without a listener an 'error' event would throw and take the process down.
  boss.on("error", (error) => logger.error("pg-boss reported an error", error));
  return boss;
}
