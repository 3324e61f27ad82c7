/**
 * Which employee (eNPS) figures the metrics API may show, for one window and survey filter
 * (DESIGN.md, "Anonymity (employee data)"; docs/decisions/004-metrics-anonymity-and-correlation.md).
 *
 * The API can show, across requests, every team's own row and every subtree's overall (by
 * `teamId`), and the org-wide overall. Deciding rows per request — suppressRows over just the
 * rows in view — is not enough: with teams A 10, B 6, C 3 and k = 5, the org view hides C
 * and then B (19 − 10 − 6 would be C), but `teamId=B` alone would show B = 6 again, and
 * 19 − 10 − 6 = 3 is back. So every figure the API could show is one node of one tree,
 * decided once with src/core's suppressTree, and each request shows its slice of that
 * decision:
 *
 *   org ─┬─ sub:A ─┬─ row:A        sub:X = the overall of `teamId=X` (X's whole subtree)
 *        │         └─ sub:A1 ─ …    row:X = the answers attributed to X itself
 *        └─ sub:B ─── row:B
 *
 * On a flat organization this gives exactly suppressRows' answer (rows below k hidden, then
 * the next-smallest row until the hidden total is 0 or ≥ k; tested).
 *
 * A survey filter is a second dimension, and crossing it with the team tree breaks the tree
 * argument: a filtered figure can split a residual that the unfiltered view keeps whole (with
 * k = 3, team P 1 and its children C 4 and D 3: the org view shows P's subtree 8 and C 4,
 * hiding P and D; if D alone answered survey S, P's subtree under S is 3, and 8 − 4 − 3 = 1
 * is P). isFilterAllowed on each figure does not catch that (8 − 3 = 5). So a survey-filtered
 * eNPS figure is shown only where the filter removes nobody from it and the unfiltered figure
 * is shown: it is then the very same figure, and the view reveals nothing the unfiltered one
 * does not. Typically one pulse per window, so the filter still works where it is used; a
 * window that mixes eNPS surveys is read without the filter (docs/decisions/004).
 */
import { isFilterAllowed, suppressTree, type SuppressionNode } from "@/core";
import { childrenByParent, type OrgTeam } from "./load-org-teams";

const ROOT = "org";
const rowNode = (teamId: string) => `row:${teamId}`;
const subNode = (teamId: string) => `sub:${teamId}`;

export interface EnpsVisibilityOptions {
  k: number;
  teams: readonly OrgTeam[];
  /** Respondents per team itself, with the request's survey filter applied (absent = 0). */
  counts: ReadonlyMap<string, number>;
  /** Respondents per team over all eNPS surveys; give it when a survey filter is applied. */
  unfilteredCounts?: ReadonlyMap<string, number>;
}

export interface EnpsVisibility {
  isRowShown(teamId: string): boolean;
  /** The overall of the team's subtree, or of the whole organization without a team. */
  isOverallShown(teamId?: string): boolean;
}

type Tree = { root: SuppressionNode; totals: Map<string, number> };

/** Builds the node tree bottom-up without recursion, with each node's total respondents. */
function buildTree(teams: readonly OrgTeam[], counts: ReadonlyMap<string, number>): Tree {
  const children = childrenByParent(teams);
  const totals = new Map<string, number>();
  const nodes = new Map<string, SuppressionNode>();
  // Pre-order from the roots, then visit in reverse so children are built before parents.
  const order: OrgTeam[] = [];
  const stack = [...(children.get(null) ?? [])];
  while (stack.length > 0) {
    const team = stack.pop()!;
    order.push(team);
    stack.push(...(children.get(team.id) ?? []));
  }
  for (const team of order.reverse()) {
    const own = counts.get(team.id) ?? 0;
    const kids = (children.get(team.id) ?? []).map((child) => nodes.get(subNode(child.id))!);
    const total = own + kids.reduce((sum, kid) => sum + (totals.get(kid.id) ?? 0), 0);
    totals.set(rowNode(team.id), own);
    totals.set(subNode(team.id), total);
    const row: SuppressionNode = { id: rowNode(team.id), own };
    nodes.set(subNode(team.id), { id: subNode(team.id), own: 0, children: [row, ...kids] });
  }
  const roots = (children.get(null) ?? []).map((team) => nodes.get(subNode(team.id))!);
  totals.set(ROOT, roots.reduce((sum, node) => sum + (totals.get(node.id) ?? 0), 0));
  return { root: { id: ROOT, own: 0, children: roots }, totals };
}

export function decideEnpsVisibility({ k, teams, counts, unfilteredCounts }: EnpsVisibilityOptions): EnpsVisibility {
  const full = buildTree(teams, unfilteredCounts ?? counts);
  const shown = suppressTree({ k, root: full.root });
  // Without a survey filter `narrowed` is `full`, and the check below changes nothing.
  const narrowed = unfilteredCounts ? buildTree(teams, counts).totals : full.totals;
  const sameFigure = (id: string) => shown.has(id) && narrowed.get(id) === full.totals.get(id);
  const orgFull = full.totals.get(ROOT) ?? 0;
  return {
    isRowShown: (teamId) => sameFigure(rowNode(teamId)),
    isOverallShown: (teamId) => {
      const id = teamId === undefined ? ROOT : subNode(teamId);
      // The org-wide check is implied by the tree decision; it is made again because it is
      // the comparison a prober tries first, and a slip here would expose people.
      return sameFigure(id) && isFilterAllowed({ k, full: orgFull, narrowed: narrowed.get(id) ?? 0 });
    },
  };
}
