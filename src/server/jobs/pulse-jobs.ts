/**
 * The pulse clock on pg-boss: a cron schedule puts a `pulses.tick` job on the queue every five
 * minutes, and a worker runs runPulseTick for it (src/server/pulses/run-pulse-tick.ts).
 *
 * Once across instances: pg-boss's cron writes at most one job per minute slot whichever
 * instance's clock fires (a singleton key in its own table), and the queue's "stately" policy
 * keeps at most one tick waiting and one running. The tick is idempotent and takes row locks
 * besides, so a job retried after a crash, or one sent by hand, can't open or remind twice.
 */
import type PgBoss from "pg-boss";
import type { Db } from "../prisma-client";
import { emailReminders } from "../pulses/email-reminders";
import { runPulseTick } from "../pulses/run-pulse-tick";
import type { JobLogger } from "./logger";

export const PULSE_TICK_QUEUE = "pulses.tick";
/** Every five minutes, UTC: rounds open within five minutes of midnight UTC. */
export const PULSE_TICK_CRON = "*/5 * * * *";

// A tick touches a handful of rows per due round and takes seconds at most; one that hangs is
// given up after two minutes and retried, which the tick's idempotence makes harmless.
const QUEUE_OPTIONS = { name: PULSE_TICK_QUEUE, policy: "stately", expireInSeconds: 120, retryLimit: 3, retryDelay: 30, retentionMinutes: 60 } as const;

export type PulseJobsOptions = {
  boss: PgBoss;
  db: Db;
  logger: JobLogger;
  /** How often the worker polls for a tick (pg-boss's default is 2 s). */
  pollingIntervalSeconds?: number;
  /** The tick's clock; tests pass a fake one. */
  now?: () => Date;
};

/** Creates the queue and the schedule (both idempotent, so every instance can do it at start) and starts a worker. */
export async function registerPulseJobs({ boss, db, logger, pollingIntervalSeconds = 10, now = () => new Date() }: PulseJobsOptions): Promise<void> {
  await boss.createQueue(PULSE_TICK_QUEUE, QUEUE_OPTIONS);
  await boss.schedule(PULSE_TICK_QUEUE, PULSE_TICK_CRON, {}, { tz: "UTC" });
  await boss.work(PULSE_TICK_QUEUE, { pollingIntervalSeconds }, async () => {
    try {
      const result = await runPulseTick(db, { now: now(), emailReminders: (reminders) => emailReminders(db, reminders, logger) });
      const changed = Object.entries(result).filter(([, n]) => n > 0);
      if (changed.length > 0) logger.info(`pulse tick: ${changed.map(([key, n]) => `${key} ${n}`).join(", ")}`);
      return result;
    } catch (error) {
      // Logged here because pg-boss only records it on the job; rethrown so the job is retried.
      logger.error("pulse tick failed", error);
      throw error;
    }
  });
}

/** Puts a tick on the queue now (a no-op if one is already waiting). */
export async function requestPulseTick(boss: PgBoss): Promise<string | null> {
  return boss.send(PULSE_TICK_QUEUE, {});
}
