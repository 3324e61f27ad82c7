import type { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "../prisma-client";

export type AuditActor = { userId?: string | null; apiKeyId?: string | null };

export type RecordAuditOptions = {
  orgId: string;
  actor: AuditActor;
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Prisma.InputJsonValue;
};

/** Administrative and data-access actions leave a trace (shared/DESIGN.md, "Audit log"). */
export async function recordAudit(db: DbOrTx, { orgId, actor, action, targetType, targetId, metadata }: RecordAuditOptions): Promise<void> {
  await db.auditLog.create({
    data: {
      orgId,
      actorUserId: actor.userId ?? null,
      actorKeyId: actor.apiKeyId ?? null,
      action,
      targetType,
      targetId,
      metadata,
    },
  });
}
