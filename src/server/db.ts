import "server-only";
import { env } from "@/env";
import { createPrismaClient, type Db } from "./prisma-client";

// One client per process; kept on globalThis so development hot reloads don't open a new
// pool each time (shared/STYLE.md, habit 7). Created on first use, so `next build` can load
// route modules without a database configured.
const globalForDb = globalThis as unknown as { tandemDb?: Db };

function client(): Db {
  globalForDb.tandemDb ??= createPrismaClient({ url: env().DATABASE_URL, poolMax: env().DATABASE_POOL_MAX });
  return globalForDb.tandemDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  },
});
