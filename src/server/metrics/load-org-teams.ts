/**
 * The organization's team tree and anonymity settings, which every figure is computed over.
 * One query each, whatever the number of teams.
 */
import { notFound } from "@/lib/errors";
import type { DbOrTx } from "../prisma-client";

export interface OrgTeam {
  id: string;
  name: string;
  parentId: string | null;
}

/**
 * Every team of the organization, sorted by name then id. Sorted here rather than by
 * PostgreSQL because ORDER BY name follows the database's collation, which varies between
 * installs; code-unit order is the same everywhere, so the API's order is too.
 */
export async function loadOrgTeams(db: DbOrTx, { orgId }: { orgId: string }): Promise<OrgTeam[]> {
  // Raw SQL: every metrics request, dashboard and team page reads this, and a model query
  // costs the server about 3 ms more CPU than the same SELECT (docs/decisions/017-benchmark.md).
  const teams = await db.$queryRaw<OrgTeam[]>`SELECT "id", "name", "parentId" FROM "Team" WHERE "orgId" = ${orgId}`;
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return teams.sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id));
}

/** Children by parent id; a team whose parent is not in the list is a root (key null). */
export function childrenByParent(teams: readonly OrgTeam[]): Map<string | null, OrgTeam[]> {
  const ids = new Set(teams.map((t) => t.id));
  const children = new Map<string | null, OrgTeam[]>();
  for (const team of teams) {
    const parent = team.parentId !== null && ids.has(team.parentId) ? team.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(team);
    children.set(parent, list);
  }
  return children;
}

/** The team and all its descendants (iterative: a deep tree cannot overflow the stack). */
export function subtreeIds(teams: readonly OrgTeam[], teamId: string): Set<string> {
  const children = childrenByParent(teams);
  const ids = new Set<string>();
  const stack = [teamId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (ids.has(id)) continue;
    ids.add(id);
    for (const child of children.get(id) ?? []) stack.push(child.id);
  }
  return ids;
}

export interface OrgThresholds {
  /** k: the fewest distinct respondents an employee figure may describe. */
  anonymityThreshold: number;
  /** The fewest customer responses for a team to be compared in a correlation. */
  minCxResponses: number;
}

export async function loadOrgThresholds(db: DbOrTx, { orgId }: { orgId: string }): Promise<OrgThresholds> {
  const [org] = await db.$queryRaw<OrgThresholds[]>`
    SELECT "anonymityThreshold", "minCxResponses" FROM "Organization" WHERE "id" = ${orgId}`;
  if (!org) throw notFound("Organization");
  return { anonymityThreshold: org.anonymityThreshold, minCxResponses: org.minCxResponses };
}
