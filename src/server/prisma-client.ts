/**
 * Builds the Prisma client (Prisma 7: engine-free, through the pg driver adapter). Kept free of
 * "server-only" so scripts (CLI, seed, tests) can build their own client; the app uses the
 * one in db.ts.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type CreatePrismaClientOptions = { url: string; poolMax?: number };

export function createPrismaClient({ url, poolMax = 10 }: CreatePrismaClientOptions) {
  const adapter = new PrismaPg({ connectionString: url, max: poolMax });
  // Password hashes never leave the data layer unless a query asks for them explicitly
  // with an explicit `select: { passwordHash: true }` (only sign-in and password checks do).
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
/** Either the client or a transaction: data-access functions accept both. */
export type DbOrTx = Db | Tx;
