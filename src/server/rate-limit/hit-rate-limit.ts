import type { DbOrTx } from "../prisma-client";

export type RateLimitOptions = { key: string; limit: number; windowMs: number; now?: Date };
export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Counts one hit in a fixed window, atomically in PostgreSQL: one upsert, so concurrent
 * requests on several app instances agree on the count (shared/DESIGN.md, "Scale path").
 */
export async function hitRateLimit(db: DbOrTx, { key, limit, windowMs, now = new Date() }: RateLimitOptions): Promise<RateLimitResult> {
  const expires = new Date(now.getTime() + windowMs);
  const rows = await db.$queryRaw<{ count: number; expiresAt: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart", "expiresAt")
    VALUES (${key}, 1, ${now}, ${expires})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN ${now} ELSE "RateLimit"."windowStart" END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN ${expires} ELSE "RateLimit"."expiresAt" END
    RETURNING "count", "expiresAt"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  const retryAfterSeconds = Math.max(1, Math.ceil((row.expiresAt.getTime() - now.getTime()) / 1000));
  return { allowed: row.count <= limit, count: row.count, retryAfterSeconds };
}

export async function clearRateLimit(db: DbOrTx, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
