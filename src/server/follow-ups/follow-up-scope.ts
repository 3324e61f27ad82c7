/**
 * Who works which follow-ups (src/lib/roles.ts, "followups:work"): OWNER, ADMIN and CX_LEADER
 * every team; a MANAGER the subtree of their team; FRONTLINE their own team; an API key the
 * whole organization. A case outside the scope is "not found", exactly like another
 * organization's (shared/STYLE.md, habit 2).
 */
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import type { DbOrTx } from "../prisma-client";
import type { AuditActor } from "../audit/record-audit";
import { loadOrgTeams, subtreeIds, type OrgTeam } from "../metrics/load-org-teams";
import { followUpScopeTeamIds } from "./list-open-follow-ups";

/** A signed-in member, or an API key, which acts for the whole organization. */
export type FollowUpActor = { userId: string; role: Role; teamId: string | null } | { apiKeyId: string };

export type FollowUpScope = {
  orgTeams: OrgTeam[];
  /** The teams whose cases the actor works; null = the whole organization. */
  teamIds: Set<string> | null;
};

export function isMemberActor(actor: FollowUpActor): actor is Extract<FollowUpActor, { userId: string }> {
  return "userId" in actor;
}

export function auditActorOf(actor: FollowUpActor): AuditActor {
  return isMemberActor(actor) ? { userId: actor.userId } : { apiKeyId: actor.apiKeyId };
}

export async function resolveFollowUpScope(db: DbOrTx, { orgId, actor }: { orgId: string; actor: FollowUpActor }): Promise<FollowUpScope> {
  const orgTeams = await loadOrgTeams(db, { orgId });
  if (!isMemberActor(actor)) return { orgTeams, teamIds: null };
  const ids = followUpScopeTeamIds(actor, orgTeams);
  return { orgTeams, teamIds: ids === null ? null : new Set(ids) };
}

export function inScope(scope: FollowUpScope, teamId: string): boolean {
  return scope.teamIds === null || scope.teamIds.has(teamId);
}

/**
 * The teams a list reads: the scope, narrowed by a team filter to that team's subtree. A
 * filter outside the scope (or another organization's team) is a 404.
 */
export function teamsToRead(scope: FollowUpScope, teamFilter: string | undefined): string[] | null {
  if (teamFilter === undefined) return scope.teamIds === null ? null : [...scope.teamIds];
  if (!scope.orgTeams.some((t) => t.id === teamFilter) || !inScope(scope, teamFilter)) throw notFound("Team");
  const subtree = [...subtreeIds(scope.orgTeams, teamFilter)];
  return scope.teamIds === null ? subtree : subtree.filter((id) => scope.teamIds!.has(id));
}

/** The teams the actor may filter by, in tree order with their depth. */
export function selectableTeams(scope: FollowUpScope): { id: string; name: string; depth: number }[] {
  const visible = scope.orgTeams.filter((t) => inScope(scope, t.id));
  const ids = new Set(visible.map((t) => t.id));
  const children = new Map<string | null, OrgTeam[]>();
  for (const team of visible) {
    const parent = team.parentId !== null && ids.has(team.parentId) ? team.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), team]);
  }
  const out: { id: string; name: string; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const team of children.get(parent) ?? []) {
      out.push({ id: team.id, name: team.name, depth });
      walk(team.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
