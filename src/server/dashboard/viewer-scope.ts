/**
 * What a member may see on the dashboard and the team pages (docs/decisions/016-dashboard.md):
 *
 * | role                    | teams                         | figures                         |
 * |-------------------------|-------------------------------|---------------------------------|
 * | OWNER, ADMIN, CX_LEADER | the whole organization        | NPS, CSAT, eNPS, correlation    |
 * | HR                      | the whole organization        | eNPS and the correlation        |
 * | MANAGER                 | the subtree of their team     | NPS, CSAT, eNPS, correlation    |
 * | FRONTLINE               | their own team                | NPS, CSAT, eNPS                 |
 *
 * A team's figure is its whole subtree's everywhere in Tandem, so a frontline member's one row
 * counts the teams under theirs too, though those teams are not listed or selectable (as on
 * the team pages, src/server/team-page). A manager or frontline member without a team sees no
 * team at all, never the organization.
 * Anonymity is decided over the whole organization before this narrows anything
 * (metrics/decide-enps-visibility.ts), so a narrower view never shows a figure the
 * organization-wide one had to hide.
 */
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import type { MetricName } from "@/lib/schemas/metrics";
import { subtreeIds, type OrgTeam } from "../metrics/load-org-teams";

export type DashboardViewer = { orgId: string; role: Role; teamId: string | null };

export interface ViewerScope {
  /** The team whose subtree the viewer is limited to; undefined for the whole organization. */
  rootTeamId: string | undefined;
  /** Team ids the viewer may list, pick and open; null means every team of the organization. */
  allowed: ReadonlySet<string> | null;
  /** Team ids whose answers the viewer's figures add up (the root's subtree); null = all. */
  readable: ReadonlySet<string> | null;
  /** The figures this role sees, in display order. */
  metrics: readonly MetricName[];
  /** The EX ↔ CX scatter (it shows per-team CX, so not for frontline staff's single team). */
  correlation: boolean;
  /** Customer-side blocks: the journey strip and detractor follow-ups. */
  customerSide: boolean;
  /** A manager or frontline member with no team: nothing to show. */
  noTeam: boolean;
}

const ALL: readonly MetricName[] = ["NPS", "CSAT", "ENPS"];

export function viewerScope(teams: readonly OrgTeam[], viewer: DashboardViewer): ViewerScope {
  const { role, teamId } = viewer;
  if (role === "OWNER" || role === "ADMIN" || role === "CX_LEADER") {
    return { rootTeamId: undefined, allowed: null, readable: null, metrics: ALL, correlation: true, customerSide: true, noTeam: false };
  }
  if (role === "HR") return { rootTeamId: undefined, allowed: null, readable: null, metrics: ["ENPS"], correlation: true, customerSide: false, noTeam: false };
  const known = teamId !== null && teams.some((t) => t.id === teamId);
  const readable = known ? subtreeIds(teams, teamId) : new Set<string>();
  return {
    rootTeamId: known ? teamId : undefined,
    allowed: role === "MANAGER" || !known ? readable : new Set([teamId]),
    readable,
    // Nothing is read for a member without a team: no figure of anyone else's may stand in.
    metrics: known ? ALL : [],
    correlation: known && role === "MANAGER",
    customerSide: known,
    noTeam: !known,
  };
}

/** Whether the viewer may see this team (and so its subtree). */
export function canSeeTeam(scope: ViewerScope, teamId: string): boolean {
  return scope.allowed === null || scope.allowed.has(teamId);
}

/**
 * The team whose subtree is in view: the filter when given (404 outside the viewer's scope or
 * the organization, like another organization's id), else the viewer's own root.
 */
export function anchorTeam(teams: readonly OrgTeam[], scope: ViewerScope, teamFilter: string | undefined): string | undefined {
  if (teamFilter === undefined) return scope.rootTeamId;
  if (!teams.some((t) => t.id === teamFilter) || !canSeeTeam(scope, teamFilter)) throw notFound("Team");
  return teamFilter;
}
