import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { can, type Permission, type Role } from "@/lib/roles";
import { db } from "../db";
import { authOptions } from "./auth-options";

export type MemberContext = {
  userId: string;
  name: string;
  email: string;
  orgId: string;
  orgName: string;
  membershipId: string;
  role: Role;
  teamId: string | null;
};

/**
 * The signed-in member, resolved from the session's user and organization against the
 * membership table on every request, so role changes and removals apply immediately.
 */
export const getMember = cache(async (): Promise<MemberContext | null> => {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  const orgId = session?.user?.orgId;
  if (!userId || !orgId) return null;
  const membership = await db.membership.findUnique({
    where: { userId_orgId: { userId, orgId } },
    select: { id: true, role: true, teamId: true, org: { select: { name: true } }, user: { select: { name: true, email: true } } },
  });
  if (!membership) return null;
  return {
    userId,
    name: membership.user.name,
    email: membership.user.email,
    orgId,
    orgName: membership.org.name,
    membershipId: membership.id,
    role: membership.role,
    teamId: membership.teamId,
  };
});

/** For pages: signed-out people go to sign-in; a role without the permission sees a 404. */
export async function requireMember(permission?: Permission): Promise<MemberContext> {
  const member = await getMember();
  if (!member) redirect("/sign-in");
  if (permission && !can(member.role, permission)) notFound();
  return member;
}
