import { AppError, notFound } from "@/lib/errors";
import { canAssignRole, type Role } from "@/lib/roles";
import type { UpdateMemberInput } from "@/lib/schemas/org";
import type { Db, DbOrTx } from "../prisma-client";
import { recordAudit } from "../audit/record-audit";

export type MemberDto = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  teamId: string | null;
  teamName: string | null;
  createdAt: string;
};

export async function listMembers(db: DbOrTx, { orgId }: { orgId: string }): Promise<MemberDto[]> {
  const rows = await db.membership.findMany({
    where: { orgId },
    select: {
      id: true,
      role: true,
      teamId: true,
      createdAt: true,
      team: { select: { name: true } },
      user: { select: { id: true, name: true, email: true } },
    },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
  });
  return rows.map((m) => ({
    membershipId: m.id,
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    teamId: m.teamId,
    teamName: m.team?.name ?? null,
    createdAt: m.createdAt.toISOString(),
  }));
}

async function countOwners(db: DbOrTx, orgId: string): Promise<number> {
  return db.membership.count({ where: { orgId, role: "OWNER" } });
}

export async function updateMember(
  db: Db,
  { orgId, actorUserId, actorRole, input }: { orgId: string; actorUserId: string; actorRole: Role; input: UpdateMemberInput },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { id: input.membershipId, orgId }, select: { id: true, role: true, teamId: true } });
    if (!member) throw notFound("Member");
    if (!canAssignRole(actorRole, member.role) || !canAssignRole(actorRole, input.role)) {
      throw new AppError("forbidden", "Only an owner can change an owner's role or make someone an owner");
    }
    if (member.role === "OWNER" && input.role !== "OWNER" && (await countOwners(tx, orgId)) <= 1) {
      throw new AppError("conflict", "An organization needs at least one owner");
    }
    if (input.teamId) {
      const team = await tx.team.findFirst({ where: { id: input.teamId, orgId }, select: { id: true } });
      if (!team) throw new AppError("validation_failed", "Team not found", [{ path: ["teamId"], message: "No such team" }]);
    }
    await tx.membership.update({ where: { id: member.id }, data: { role: input.role, teamId: input.teamId } });
    await recordAudit(tx, {
      orgId,
      actor: { userId: actorUserId },
      action: "member.update",
      targetType: "Membership",
      targetId: member.id,
      metadata: { before: { role: member.role, teamId: member.teamId }, after: { role: input.role, teamId: input.teamId } },
    });
  });
}

export async function removeMember(
  db: Db,
  { orgId, actorUserId, actorRole, membershipId }: { orgId: string; actorUserId: string; actorRole: Role; membershipId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { id: membershipId, orgId }, select: { id: true, role: true, userId: true } });
    if (!member) throw notFound("Member");
    if (!canAssignRole(actorRole, member.role)) throw new AppError("forbidden", "Only an owner can remove an owner");
    if (member.role === "OWNER" && (await countOwners(tx, orgId)) <= 1) throw new AppError("conflict", "An organization needs at least one owner");
    if (member.userId === actorUserId) throw new AppError("conflict", "You can't remove yourself; ask another admin");
    await tx.membership.delete({ where: { id: member.id } });
    await recordAudit(tx, { orgId, actor: { userId: actorUserId }, action: "member.remove", targetType: "Membership", targetId: member.id });
  });
}
