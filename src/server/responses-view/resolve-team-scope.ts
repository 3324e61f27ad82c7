/**
 * Which teams' responses a member may read, and which the team filter narrows to. Managers
 * read only their team's subtree (src/lib/roles.ts, "responses:read"); everyone else with the
 * permission reads the whole organization. A team outside what the member may read is "not
 * found", exactly like a team of another organization.
 */
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import { buildTeamTree, flattenTree } from "@/lib/team-tree";
import type { DbOrTx } from "../prisma-client";
import { loadOrgTeams, subtreeIds, type OrgTeam } from "../metrics/load-org-teams";

export type ScopeMember = { role: Role; teamId: string | null };

export type TeamScope = {
  /** Every team of the organization: the anonymity decision is made over all of them. */
  orgTeams: OrgTeam[];
  /** The teams the member may pick in the filter, in tree order with their depth. */
  selectable: { id: string; name: string; depth: number }[];
  /** The teams whose responses are in view; null means the whole organization. */
  teamIds: string[] | null;
  /**
   * The team whose subtree is in view (the filter, or a manager's own team), or undefined for
   * the whole organization: the group an employee figure's overall describes.
   */
  anchorTeamId: string | undefined;
};

export type ResolveTeamScopeOptions = { orgId: string; member: ScopeMember; teamFilter?: string };

export async function resolveTeamScope(db: DbOrTx, { orgId, member, teamFilter }: ResolveTeamScopeOptions): Promise<TeamScope> {
  const orgTeams = await loadOrgTeams(db, { orgId });
  // A manager with no team manages nobody: an empty scope, never the whole organization.
  const allowed = member.role === "MANAGER" ? (member.teamId ? subtreeIds(orgTeams, member.teamId) : new Set<string>()) : null;
  const known = new Set(orgTeams.map((t) => t.id));
  if (teamFilter !== undefined && (!known.has(teamFilter) || (allowed && !allowed.has(teamFilter)))) throw notFound("Team");

  const tree = flattenTree(buildTeamTree(orgTeams.filter((t) => !allowed || allowed.has(t.id)).map((t) => ({ ...t, createdAt: "" }))));
  const selectable = tree.map((t) => ({ id: t.id, name: t.name, depth: t.depth }));
  const filtered = teamFilter !== undefined ? subtreeIds(orgTeams, teamFilter) : allowed;
  const anchorTeamId = teamFilter ?? (allowed ? (member.teamId ?? undefined) : undefined);
  return { orgTeams, selectable, teamIds: filtered ? [...filtered] : null, anchorTeamId };
}
