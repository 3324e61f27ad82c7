/**
 * The team table's rows: the teams in view in tree order, each with its subtree's figures (a
 * parent row is its whole subtree's aggregate, as `GET /api/v1/metrics?teamId=<team>` gives it).
 */
import type { MetricName } from "@/lib/schemas/metrics";
import { childrenByParent, type OrgTeam } from "../metrics/load-org-teams";
import type { TrendFigure } from "./load-trends";

export interface TeamTableRow {
  teamId: string;
  name: string;
  /** The row this one sits under in the table; null for the table's top rows. */
  parentId: string | null;
  depth: number;
  hasChildren: boolean;
  figures: Partial<Record<MetricName, TrendFigure>>;
}

export interface BuildTeamTableOptions {
  teams: readonly OrgTeam[];
  /** The table's top: the anchor team (one top row) or, when undefined, the organization's roots. */
  anchorTeamId: string | undefined;
  figures: Partial<Record<MetricName, ReadonlyMap<string, TrendFigure>>>;
  /** The teams the viewer may list; null = all. A team not listed hides the teams under it too. */
  visible?: ReadonlySet<string> | null;
}

export function buildTeamTable({ teams, anchorTeamId, figures, visible = null }: BuildTeamTableOptions): TeamTableRow[] {
  const listed = visible === null ? teams : teams.filter((t) => visible.has(t.id));
  const children = childrenByParent(listed);
  const byId = new Map(teams.map((t) => [t.id, t]));
  const tops = anchorTeamId === undefined ? (children.get(null) ?? []) : listed.some((t) => t.id === anchorTeamId) ? [byId.get(anchorTeamId)!] : [];
  const rows: TeamTableRow[] = [];
  // Depth-first, iteratively, keeping the name order loadOrgTeams gives.
  const stack: { team: OrgTeam; parentId: string | null; depth: number }[] = [...tops].reverse().map((team) => ({ team, parentId: null, depth: 0 }));
  while (stack.length > 0) {
    const { team, parentId, depth } = stack.pop()!;
    const kids = children.get(team.id) ?? [];
    const row: TeamTableRow = { teamId: team.id, name: team.name, parentId, depth, hasChildren: kids.length > 0, figures: {} };
    for (const [metric, map] of Object.entries(figures) as [MetricName, ReadonlyMap<string, TrendFigure>][]) {
      const figure = map.get(team.id);
      if (figure) row.figures[metric] = figure;
    }
    rows.push(row);
    for (const kid of [...kids].reverse()) stack.push({ team: kid, parentId: team.id, depth: depth + 1 });
  }
  return rows;
}
