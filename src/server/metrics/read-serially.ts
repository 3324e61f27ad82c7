/**
 * Long-window rollup reads run with PostgreSQL's parallel workers off.
 *
 * A year of one organization's NPS rollups is about half the DailyRollup table of a
 * single-organization install, and there PostgreSQL's cost model picks a parallel sequential
 * scan. Starting the worker costs more than the scan itself on a small server: on the 2-core
 * benchmark machine the year read took 36 ms in parallel, 15 ms without (33,000 rows;
 * docs/decisions/017-benchmark.md). The setting needs a transaction (SET LOCAL), which costs
 * about 1 ms, so windows up to a quarter, which use the (orgId, metric, day) index and never
 * go parallel, are read as they are.
 */
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "../prisma-client";

/** Windows longer than this many days are read without parallel workers. */
export const SERIAL_READ_MIN_DAYS = 92;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

export function isLongWindow(from: string, to: string): boolean {
  return dayNumber(to) - dayNumber(from) + 1 > SERIAL_READ_MIN_DAYS;
}

export async function readSerially<T>(db: DbOrTx, query: Prisma.Sql, { from, to }: { from: string; to: string }): Promise<T> {
  // Inside a caller's transaction a SET LOCAL would outlive this read: there, read as is.
  if (!isLongWindow(from, to) || !("$transaction" in db)) return db.$queryRaw<T>(query);
  const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`, db.$queryRaw<T>(query)]);
  return rows;
}
