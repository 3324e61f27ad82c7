/**
 * One job runner per app process, started from src/instrumentation.ts when the Node server
 * starts (never during `next build`, never in tests unless a test starts its own) and stopped
 * when the process is asked to exit.
 *
 * Kept on globalThis, like the Prisma client (src/server/db.ts), because Next may evaluate
 * this module more than once in a process (instrumentation and route bundles, dev reloads).
 */
import { env } from "@/env";
import { createPrismaClient, type Db } from "../prisma-client";
import { createBoss } from "./boss";
import { consoleJobLogger, type JobLogger } from "./logger";
import { registerInvitationJobs } from "./invitation-jobs";
import { registerPulseJobs } from "./pulse-jobs";
import type PgBoss from "pg-boss";

type Runner = { boss: PgBoss; stop: () => Promise<void> };
const holder = globalThis as unknown as { tandemJobs?: Promise<Runner | null>; tandemDb?: Db };

/** The app's Prisma client if a request already built it, else the same one db.ts would build. */
function sharedDb(): Db {
  holder.tandemDb ??= createPrismaClient({ url: env().DATABASE_URL, poolMax: env().DATABASE_POOL_MAX });
  return holder.tandemDb;
}

/** The running job runner of this process, if jobs were started and are up. */
export function runningJobs(): Promise<Runner | null> {
  return holder.tandemJobs ?? Promise.resolve(null);
}

export function startJobs(logger: JobLogger = consoleJobLogger): Promise<Runner | null> {
  holder.tandemJobs ??= start(logger);
  return holder.tandemJobs;
}

async function start(logger: JobLogger): Promise<Runner | null> {
  const boss = createBoss({ connectionString: env().DATABASE_URL, logger });
  try {
    await boss.start();
    await registerPulseJobs({ boss, db: sharedDb(), logger });
    await registerInvitationJobs({ boss, db: sharedDb(), logger });
  } catch (error) {
    // The app still serves requests without its clock (the schedule page runs a tick when
    // saved); another instance, or this one after a restart, takes the schedule over.
    logger.error("background jobs did not start", error);
    await boss.stop({ graceful: false }).catch(() => undefined);
    holder.tandemJobs = undefined;
    return null;
  }
  let stopping: Promise<void> | undefined;
  const stop = () => {
    // Graceful but short: Next exits soon after a signal. A tick cut off here rolls back, and
    // its job is retried by whichever instance is still running.
    stopping ??= boss.stop({ graceful: true, timeout: 5000 }).catch((error: unknown) => logger.error("pg-boss did not stop cleanly", error));
    return stopping;
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void stop().then(() => {
        // Next exits on these signals itself; where nothing else listens, exit as Node would have.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    });
  }
  logger.info("background jobs started");
  return { boss, stop };
}
