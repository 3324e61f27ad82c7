/**
 * Who may own a case: a member whose follow-up scope includes the case's team (OWNER, ADMIN
 * and CX_LEADER always; a MANAGER of the team or one of its ancestors; FRONTLINE of the team
 * itself). One query.
 */
import type { DbOrTx } from "../prisma-client";
import type { OrgTeam } from "../metrics/load-org-teams";

export type OwnerCandidate = { userId: string; name: string; role: string };

/** The team and its ancestors, nearest first (guarded against a cycle). */
export function ancestorIds(orgTeams: readonly OrgTeam[], teamId: string): string[] {
  const byId = new Map(orgTeams.map((t) => [t.id, t]));
  const out: string[] = [];
  for (let id: string | null = teamId; id !== null && !out.includes(id); id = byId.get(id)?.parentId ?? null) {
    if (!byId.has(id)) break;
    out.push(id);
  }
  return out;
}

export async function listOwnerCandidates(
  db: DbOrTx,
  { orgId, teamId, orgTeams, userId }: { orgId: string; teamId: string; orgTeams: readonly OrgTeam[]; userId?: string },
): Promise<OwnerCandidate[]> {
  const rows = await db.membership.findMany({
    where: {
      orgId,
      ...(userId !== undefined ? { userId } : {}),
      OR: [
        { role: { in: ["OWNER", "ADMIN", "CX_LEADER"] } },
        { role: "MANAGER", teamId: { in: ancestorIds(orgTeams, teamId) } },
        { role: "FRONTLINE", teamId },
      ],
    },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  return rows
    .map((r) => ({ userId: r.userId, name: r.user.name, role: r.role }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.userId < b.userId ? -1 : 1));
}
