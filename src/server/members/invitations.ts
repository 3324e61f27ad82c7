import { AppError, notFound } from "@/lib/errors";
import { canAssignRole, type Role } from "@/lib/roles";
import type { AcceptInviteInput, InviteInput } from "@/lib/schemas/org";
import type { Db, DbOrTx } from "../prisma-client";
import { randomToken, sha256Hex } from "../crypto";
import { hashPassword, verifyPassword } from "../passwords";
import { recordAudit } from "../audit/record-audit";

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type CreatedInvitation = { id: string; token: string; expiresAt: Date };

/** An invitation is a link with a single-use token; only its hash is stored. */
export async function createInvitation(
  db: Db,
  { orgId, actorUserId, actorRole, input, now = new Date() }: { orgId: string; actorUserId: string; actorRole: Role; input: InviteInput; now?: Date },
): Promise<CreatedInvitation> {
  if (!canAssignRole(actorRole, input.role)) throw new AppError("forbidden", "Only an owner can invite another owner");
  return db.$transaction(async (tx) => {
    if (input.teamId) {
      const team = await tx.team.findFirst({ where: { id: input.teamId, orgId }, select: { id: true } });
      if (!team) throw new AppError("validation_failed", "Team not found", [{ path: ["teamId"], message: "No such team" }]);
    }
    const token = randomToken(24);
    const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
    const invitation = await tx.invitation.create({
      data: { orgId, email: input.email ?? null, role: input.role, teamId: input.teamId ?? null, tokenHash: sha256Hex(token), expiresAt, createdById: actorUserId },
      select: { id: true },
    });
    await recordAudit(tx, { orgId, actor: { userId: actorUserId }, action: "invitation.create", targetType: "Invitation", targetId: invitation.id, metadata: { role: input.role } });
    return { id: invitation.id, token, expiresAt };
  });
}

export async function listPendingInvitations(db: DbOrTx, { orgId, now = new Date() }: { orgId: string; now?: Date }) {
  return db.invitation.findMany({
    where: { orgId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, expiresAt: true, team: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeInvitation(db: Db, { orgId, actorUserId, invitationId }: { orgId: string; actorUserId: string; invitationId: string }) {
  const { count } = await db.invitation.updateMany({ where: { id: invitationId, orgId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw notFound("Invitation");
  await recordAudit(db, { orgId, actor: { userId: actorUserId }, action: "invitation.revoke", targetType: "Invitation", targetId: invitationId });
}

/** What the invitation page shows before the person accepts; null when the link is dead. */
export async function unsafeFindInvitationByToken(db: DbOrTx, { token, now = new Date() }: { token: string; now?: Date }) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: { id: true, orgId: true, email: true, role: true, teamId: true, expiresAt: true, acceptedAt: true, revokedAt: true, org: { select: { name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) return null;
  return invitation;
}

/**
 * Accepting creates the account (or, for an existing account, checks its password) and the
 * membership, and spends the token, all in one transaction.
 */
export async function acceptInvitation(db: Db, { input, now = new Date() }: { input: AcceptInviteInput; now?: Date }) {
  const invitation = await unsafeFindInvitationByToken(db, { token: input.token, now });
  if (!invitation) throw new AppError("not_found", "This invitation link is invalid, used or expired");
  if (invitation.email && invitation.email !== input.email) {
    throw new AppError("validation_failed", "This invitation is for another email address", [{ path: ["email"], message: "Use the invited address" }]);
  }
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, passwordHash: true } });
  if (existing && !(await verifyPassword(existing.passwordHash, input.password))) {
    throw new AppError("validation_failed", "An account with this email exists: enter its password to join", [{ path: ["password"], message: "Wrong password" }]);
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const spent = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (spent.count === 0) throw new AppError("conflict", "This invitation was just used");
    const userId = existing?.id ?? (await tx.user.create({ data: { email: input.email, name: input.name, passwordHash: passwordHash! }, select: { id: true } })).id;
    const already = await tx.membership.findUnique({ where: { userId_orgId: { userId, orgId: invitation.orgId } }, select: { id: true } });
    if (already) throw new AppError("conflict", "You are already a member of this organization");
    const membership = await tx.membership.create({
      data: { orgId: invitation.orgId, userId, role: invitation.role, teamId: invitation.teamId },
      select: { id: true },
    });
    await recordAudit(tx, { orgId: invitation.orgId, actor: { userId }, action: "invitation.accept", targetType: "Membership", targetId: membership.id });
    return { userId, orgId: invitation.orgId, membershipId: membership.id };
  });
}
