import { AppError } from "@/lib/errors";
import type { Db } from "../prisma-client";
import { dummyPasswordHash, verifyPassword } from "../passwords";
import { clearRateLimit, hitRateLimit } from "../rate-limit/hit-rate-limit";

// Per account: slows guessing one password; per address: slows spraying many accounts.
export const SIGN_IN_LIMITS = {
  account: { limit: 10, windowMs: 15 * 60 * 1000 },
  address: { limit: 50, windowMs: 15 * 60 * 1000 },
} as const;

export type VerifiedUser = { id: string; email: string; name: string; orgId: string };

/**
 * Checks an email and password, with both rate limits counted in PostgreSQL before the
 * password is looked at. Returns null for wrong credentials or an account with no
 * organization; throws AppError("rate_limited") when either limit is spent.
 */
export async function verifyCredentials(db: Db, { email, password, address }: { email: string; password: string; address: string }): Promise<VerifiedUser | null> {
  const normalized = email.trim().toLowerCase();
  const accountKey = `signin:account:${normalized}`;
  const [account, byAddress] = await Promise.all([
    hitRateLimit(db, { key: accountKey, ...SIGN_IN_LIMITS.account }),
    hitRateLimit(db, { key: `signin:address:${address}`, ...SIGN_IN_LIMITS.address }),
  ]);
  if (!account.allowed || !byAddress.allowed) {
    throw new AppError("rate_limited", "Too many sign-in attempts. Wait a few minutes and try again.");
  }
  const user = await db.user.findUnique({
    where: { email: normalized },
    select: { id: true, email: true, name: true, passwordHash: true, memberships: { select: { orgId: true }, orderBy: { createdAt: "asc" }, take: 1 } },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) return null;
  const orgId = user.memberships[0]?.orgId;
  if (!orgId) return null;
  await clearRateLimit(db, accountKey);
  return { id: user.id, email: user.email, name: user.name, orgId };
}
