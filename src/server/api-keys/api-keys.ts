import { notFound } from "@/lib/errors";
import type { Db, DbOrTx } from "../prisma-client";
import { randomToken, sha256Hex } from "../crypto";
import { recordAudit, type AuditActor } from "../audit/record-audit";

const KEY_PREFIX = "tdm_";

export type CreatedApiKey = { id: string; name: string; key: string; prefix: string };

/** The key is shown once; only its sha256 is stored. */
export async function createApiKey(db: Db, { orgId, actor, name }: { orgId: string; actor: AuditActor; name: string }): Promise<CreatedApiKey> {
  const key = `${KEY_PREFIX}${randomToken(32)}`;
  const prefix = key.slice(0, 12);
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { orgId, name, prefix, keyHash: sha256Hex(key), createdById: actor.userId ?? null },
      select: { id: true },
    });
    await recordAudit(tx, { orgId, actor, action: "apikey.create", targetType: "ApiKey", targetId: row.id, metadata: { name, prefix } });
    return { id: row.id, name, key, prefix };
  });
}

export async function listApiKeys(db: DbOrTx, { orgId }: { orgId: string }) {
  return db.apiKey.findMany({
    where: { orgId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
}

export async function revokeApiKey(db: Db, { orgId, actor, apiKeyId }: { orgId: string; actor: AuditActor; apiKeyId: string }): Promise<void> {
  const { count } = await db.apiKey.updateMany({ where: { id: apiKeyId, orgId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw notFound("API key");
  await recordAudit(db, { orgId, actor, action: "apikey.revoke", targetType: "ApiKey", targetId: apiKeyId });
}

/**
 * Resolves a presented key to its organization. Unscoped by design (the key is what tells us
 * the organization), hence the name.
 */
export async function unsafeResolveApiKey(db: DbOrTx, { key, now = new Date() }: { key: string; now?: Date }) {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
  const row = await db.apiKey.findUnique({ where: { keyHash: sha256Hex(key) }, select: { id: true, orgId: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt) return null;
  // Touch lastUsedAt at most once a minute: a write per request would cost every API call.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { apiKeyId: row.id, orgId: row.orgId };
}
