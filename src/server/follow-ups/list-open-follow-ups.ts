/**
 * The open and in-progress follow-ups of a set of teams, oldest first: what the dashboard and
 * the team page show as "cases still waiting". The caller decides the team scope
 * (followUpScopeTeamIds); this module only reads.
 */
import type { Role } from "@/lib/roles";
import type { DbOrTx } from "../prisma-client";
import { subtreeIds, type OrgTeam } from "../metrics/load-org-teams";

export type OpenFollowUp = {
  id: string;
  teamId: string;
  teamName: string;
  metric: "NPS" | "CSAT";
  score: number | null;
  comment: string | null;
  status: "OPEN" | "IN_PROGRESS";
  ownerName: string | null;
  createdAt: Date;
};

export type ListOpenFollowUpsOptions = { orgId: string; teamIds: string[] | null; take: number };

/** Open and in-progress follow-ups, oldest first. teamIds null = the whole organization. */
export async function listOpenFollowUps(
  db: DbOrTx,
  { orgId, teamIds, take }: ListOpenFollowUpsOptions,
): Promise<{ items: OpenFollowUp[]; total: number }> {
  if (teamIds !== null && teamIds.length === 0) return { items: [], total: 0 };
  const where = {
    orgId,
    status: { in: ["OPEN" as const, "IN_PROGRESS" as const] },
    ...(teamIds !== null ? { teamId: { in: teamIds } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.followUp.findMany({
      where,
      select: {
        id: true,
        teamId: true,
        status: true,
        ownerId: true,
        createdAt: true,
        team: { select: { name: true } },
        response: { select: { score: true, comment: true, survey: { select: { metric: true } } } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: Math.max(0, take),
    }),
    db.followUp.count({ where }),
  ]);
  const owners = await loadUserNames(db, { orgId, userIds: rows.map((r) => r.ownerId) });
  const items = rows.map((row) => ({
    id: row.id,
    teamId: row.teamId,
    teamName: row.team.name,
    metric: row.response.survey.metric === "CSAT" ? ("CSAT" as const) : ("NPS" as const),
    score: row.response.score,
    comment: row.response.comment,
    status: row.status === "IN_PROGRESS" ? ("IN_PROGRESS" as const) : ("OPEN" as const),
    ownerName: row.ownerId ? (owners.get(row.ownerId) ?? null) : null,
    createdAt: row.createdAt,
  }));
  return { items, total };
}

/**
 * Names of members of the organization by user id. FollowUp.ownerId has no relation to User,
 * so names come in one extra query, limited to members of this organization so a stray id
 * never reveals a stranger's name.
 */
export async function loadUserNames(
  db: DbOrTx,
  { orgId, userIds }: { orgId: string; userIds: (string | null)[] },
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const members = await db.membership.findMany({
    where: { orgId, userId: { in: ids } },
    select: { userId: true, user: { select: { name: true } } },
  });
  return new Map(members.map((m) => [m.userId, m.user.name]));
}

export type FollowUpScopeMember = { role: Role; teamId: string | null };

/**
 * The teams whose follow-ups a member works: OWNER, ADMIN and CX_LEADER the whole organization
 * (null); a MANAGER the subtree of their team; FRONTLINE their own team only. Anyone else, and a
 * manager or frontline member without a team, gets an empty list (never the whole org).
 */
export function followUpScopeTeamIds(member: FollowUpScopeMember, orgTeams: readonly OrgTeam[]): string[] | null {
  switch (member.role) {
    case "OWNER":
    case "ADMIN":
    case "CX_LEADER":
      return null;
    case "MANAGER":
      return member.teamId && orgTeams.some((t) => t.id === member.teamId) ? [...subtreeIds(orgTeams, member.teamId)] : [];
    case "FRONTLINE":
      return member.teamId && orgTeams.some((t) => t.id === member.teamId) ? [member.teamId] : [];
    default:
      return [];
  }
}
