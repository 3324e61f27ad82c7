import type { TeamDto } from "./schemas/team";

export type TeamNode = TeamDto & { depth: number; children: TeamNode[] };

/** Builds the tree from flat rows; orphans (parent not visible) become roots. */
export function buildTeamTree(teams: TeamDto[]): TeamNode[] {
  const byId = new Map<string, TeamNode>(teams.map((t) => [t.id, { ...t, depth: 0, children: [] }]));
  const roots: TeamNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (nodes: TeamNode[], depth: number) => {
    for (const n of nodes) {
      n.depth = depth;
      n.children.sort((a, b) => a.name.localeCompare(b.name));
      setDepth(n.children, depth + 1);
    }
  };
  roots.sort((a, b) => a.name.localeCompare(b.name));
  setDepth(roots, 0);
  return roots;
}

/** Depth-first order, for indented selects and tables. */
export function flattenTree(nodes: TeamNode[]): TeamNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}
