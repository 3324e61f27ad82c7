import { assertCount, assertValidK } from "./threshold";

/**
 * Small-group suppression for employee figures (DESIGN.md, "Anonymity (employee data)").
 *
 * The rule: a figure is shown only for at least k distinct respondents, and no set of
 * figures shown together may let anyone subtract their way to a group of 1..k−1.
 *
 * Why this is enough for nested groups (teams are a tree): shown figures are either nested
 * or disjoint. For a shown node A, its "residual" is A minus its nearest shown descendants;
 * anyone can compute it by subtraction, and anything derived from the shown figures (by any
 * sums and differences) depends on people only through the residuals. So it suffices that every
 * shown node has at least k respondents and a residual of 0 or at least k. When a residual
 * is 1..k−1 we suppress the smallest nearest shown descendant (the "next-smallest sibling"
 * of DESIGN.md), which folds that descendant's respondents into the residual, and repeat.
 * Nodes are fixed bottom-up, and hiding a descendant of A changes no residual but A's, so
 * one pass settles the whole tree. The parent is never the one suppressed: its figure is the
 * broader, more useful one.
 *
 * Counts must be of the figure actually shown (e.g. respondents who answered that
 * question), and the result only protects figures shown together: a caller that shows the
 * overall elsewhere to the same viewer must pass it as shown here.
 */

export interface SuppressionNode {
  id: string;
  /** Distinct respondents attributed to this node itself, not to any child. */
  own: number;
  children?: readonly SuppressionNode[];
  /** false when this node's own figure is not on screen at all (its people still count above it). */
  display?: boolean;
}

interface FlatNode {
  id: string;
  total: number;
  display: boolean;
  children: number[];
}

/** Pre-order flattening without recursion, so a deep team tree cannot overflow the stack. */
function flatten(root: SuppressionNode): FlatNode[] {
  const nodes: FlatNode[] = [];
  const parents: number[] = [];
  const ids = new Set<string>();
  const stack: Array<{ node: SuppressionNode; parent: number }> = [{ node: root, parent: -1 }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    if (ids.has(node.id)) throw new RangeError(`duplicate node id "${node.id}"`);
    ids.add(node.id);
    assertCount(node.own, `respondents of "${node.id}"`);
    const index = nodes.length;
    nodes.push({ id: node.id, total: node.own, display: node.display !== false, children: [] });
    parents.push(parent);
    if (parent >= 0) nodes[parent]!.children.push(index);
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, parent: index });
  }
  // Children come after their parent in pre-order, so a reverse pass accumulates totals.
  for (let i = nodes.length - 1; i > 0; i--) nodes[parents[i]!]!.total += nodes[i]!.total;
  return nodes;
}

/** Core of the rule over a flattened tree; returns which nodes may be shown. */
function resolve(nodes: readonly FlatNode[], k: number): boolean[] {
  const shown = nodes.map((n) => n.display && n.total >= k);
  const frontier: number[][] = nodes.map(() => []);
  const residual: number[] = nodes.map(() => 0);

  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    let front = node.children.flatMap((c) => (shown[c] ? [c] : frontier[c]!));
    if (shown[i]) {
      for (;;) {
        const rest = node.total - front.reduce((sum, d) => sum + nodes[d]!.total, 0);
        residual[i] = rest;
        if (rest === 0 || rest >= k) break;
        // rest ≥ 1 and shown ⇒ total ≥ k ⇒ front is not empty.
        const victim = pickVictim(front, nodes, residual);
        shown[victim] = false;
        front = front.filter((d) => d !== victim).concat(frontier[victim]!);
      }
    }
    frontier[i] = front;
  }
  return shown;
}

/**
 * The smallest nearest shown descendant whose own residual is non-zero (hiding one whose
 * residual is 0 changes nothing derivable, since it equals the sum of its shown parts);
 * only if every candidate has residual 0 do we hide one to reach its parts. Ties go to the
 * earlier node in tree order, so the outcome never depends on anything but the input.
 */
function pickVictim(front: readonly number[], nodes: readonly FlatNode[], residual: readonly number[]): number {
  const pool = front.some((d) => residual[d]! > 0) ? front.filter((d) => residual[d]! > 0) : front;
  return pool.reduce((best, d) => {
    const diff = nodes[d]!.total - nodes[best]!.total;
    return diff < 0 || (diff === 0 && d < best) ? d : best;
  });
}

/** Ids of the nodes whose figures (each over the node's whole subtree) may be shown together. */
export function suppressTree(options: { k: number; root: SuppressionNode }): ReadonlySet<string> {
  assertValidK(options.k);
  const nodes = flatten(options.root);
  const shown = resolve(nodes, options.k);
  return new Set(nodes.filter((_, i) => shown[i]).map((n) => n.id));
}

/** A parent over leaf rows: the shared shape of the flat cases below. */
function resolveFlat(k: number, parentTotal: number, rows: readonly { id: string; n: number }[], parentShown: boolean) {
  assertValidK(k);
  const nodes: FlatNode[] = [{ id: "", total: parentTotal, display: parentShown, children: [] }];
  const ids = new Set<string>();
  for (const row of rows) {
    if (ids.has(row.id)) throw new RangeError(`duplicate row id "${row.id}"`);
    ids.add(row.id);
    assertCount(row.n, `respondents of "${row.id}"`);
    nodes[0]!.children.push(nodes.length);
    nodes.push({ id: row.id, total: row.n, display: true, children: [] });
  }
  const shown = resolve(nodes, k);
  return {
    parentShown: shown[0]!,
    shownIds: rows.filter((_, i) => shown[i + 1]).map((r) => r.id),
    suppressedIds: rows.filter((_, i) => !shown[i + 1]).map((r) => r.id),
  };
}

export interface SuppressRowsOptions {
  k: number;
  /** One row per team: n distinct respondents attributed to that team alone. */
  rows: readonly { id: string; n: number }[];
  /** Whether the total of all rows is on screen with them (default true, the safe assumption). */
  overallShown?: boolean;
}

export interface SuppressRowsResult {
  shownIds: string[];
  suppressedIds: string[];
  overallShown: boolean;
}

/**
 * The metrics API case: an overall figure (the sum of all rows) next to per-team rows.
 * Rows below k are hidden; if the hidden rows then total 1..k−1, which overall − shown rows
 * would reveal, the next-smallest shown row is hidden too, until the hidden total is 0 or
 * at least k. The overall itself is hidden only when it is below k (then so is every row).
 * With `overallShown: false` each row just has to reach k.
 */
export function suppressRows(options: SuppressRowsOptions): SuppressRowsResult {
  const { k, rows, overallShown = true } = options;
  rows.forEach((r) => assertCount(r.n, `respondents of "${r.id}"`));
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  const result = resolveFlat(k, total, rows, overallShown);
  return { shownIds: result.shownIds, suppressedIds: result.suppressedIds, overallShown: result.parentShown };
}

export interface SuppressChildrenOptions {
  k: number;
  /** Respondents of the parent group, including any attributed to the parent itself. */
  parent: number;
  /** Disjoint child groups; their counts sum to at most `parent`. */
  children: readonly { id: string; n: number }[];
}

export interface SuppressChildrenResult {
  parentShown: boolean;
  shownIds: string[];
  suppressedIds: string[];
}

/**
 * A parent figure shown with its children. The parent's own respondents (parent − Σ
 * children, the "remainder") are never shown on their own, so they always count as hidden:
 * a remainder of 1..k−1 forces the smallest child to be hidden with it. A parent below k is
 * hidden, and with it every child (none can reach k).
 */
export function suppressChildren(options: SuppressChildrenOptions): SuppressChildrenResult {
  const { k, parent, children } = options;
  assertCount(parent, "parent respondents");
  children.forEach((c) => assertCount(c.n, `respondents of "${c.id}"`));
  if (children.reduce((sum, c) => sum + c.n, 0) > parent) {
    throw new RangeError("children have more respondents than their parent");
  }
  return resolveFlat(k, parent, children, true);
}
