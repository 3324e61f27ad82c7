import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressChildren, suppressRows, suppressTree, type SuppressionNode } from "./suppress";

const rows = (...ns: number[]) => ns.map((n, i) => ({ id: String.fromCharCode(65 + i), n }));

describe("suppressRows (overall + per-team rows, the metrics API case)", () => {
  it("shows everything when every row and every remainder is at least k", () => {
    expect(suppressRows({ k: 5, rows: rows(10, 8) })).toEqual({ shownIds: ["A", "B"], suppressedIds: [], overallShown: true });
  });

  it("hides the next-smallest row when the hidden total would be 1..k−1", () => {
    // k = 5; C = 3 < 5 is hidden; overall 19 − A − B = 3 would reveal C, so hide B (6, the
    // smallest shown); now 19 − 10 = 9 ≥ 5.
    expect(suppressRows({ k: 5, rows: rows(10, 6, 3) })).toEqual({ shownIds: ["A"], suppressedIds: ["B", "C"], overallShown: true });
  });

  it("stops as soon as the hidden rows reach k together", () => {
    // A = 3 and B = 2 are hidden; together 5 ≥ 5, so C = 7 can stay: 12 − 7 = 5.
    expect(suppressRows({ k: 5, rows: rows(3, 2, 7) })).toEqual({ shownIds: ["C"], suppressedIds: ["A", "B"], overallShown: true });
  });

  it("treats an empty row as hidden but harmless", () => {
    // C = 0 has no figure to show; 18 − 10 − 8 = 0 reveals nobody.
    expect(suppressRows({ k: 5, rows: rows(10, 8, 0) })).toEqual({ shownIds: ["A", "B"], suppressedIds: ["C"], overallShown: true });
  });

  it("hides the overall too when it is itself below k", () => {
    expect(suppressRows({ k: 5, rows: rows(3, 1) })).toEqual({ shownIds: [], suppressedIds: ["A", "B"], overallShown: false });
    expect(suppressRows({ k: 5, rows: rows(4) }).overallShown).toBe(false);
    expect(suppressRows({ k: 5, rows: [] })).toEqual({ shownIds: [], suppressedIds: [], overallShown: false });
    expect(suppressRows({ k: 5, rows: rows(5) })).toEqual({ shownIds: ["A"], suppressedIds: [], overallShown: true });
  });

  it("breaks ties by input order", () => {
    expect(suppressRows({ k: 5, rows: rows(6, 6, 2) }).shownIds).toEqual(["B"]);
  });

  it("only thresholds rows when no overall is shown", () => {
    expect(suppressRows({ k: 5, rows: rows(3, 6), overallShown: false })).toEqual({ shownIds: ["B"], suppressedIds: ["A"], overallShown: false });
  });

  it("validates k and counts", () => {
    expect(() => suppressRows({ k: 2, rows: rows(10) })).toThrow(RangeError);
    expect(() => suppressRows({ k: 3.5, rows: rows(10) })).toThrow(RangeError);
    expect(() => suppressRows({ k: 3, rows: rows(-1) })).toThrow(RangeError);
    expect(() => suppressRows({ k: 3, rows: rows(1.5) })).toThrow(RangeError);
    expect(() => suppressRows({ k: 3, rows: [{ id: "a", n: 5 }, { id: "a", n: 5 }] })).toThrow(RangeError);
    expect(suppressRows({ k: 3, rows: rows(3) }).shownIds).toEqual(["A"]);
  });

  const input = fc.record({
    k: fc.integer({ min: 3, max: 8 }),
    ns: fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 10 }),
    overallShown: fc.boolean(),
  });

  it("never leaves a derivable group of 1..k−1 and never shows a row below k", () => {
    fc.assert(
      fc.property(input, ({ k, ns, overallShown }) => {
        const r = rows(...ns);
        const result = suppressRows({ k, rows: r, overallShown });
        const n = new Map(r.map((row) => [row.id, row.n]));
        const total = ns.reduce((a, b) => a + b, 0);
        expect([...result.shownIds, ...result.suppressedIds].sort()).toEqual(r.map((row) => row.id).sort());
        for (const id of result.shownIds) expect(n.get(id)).toBeGreaterThanOrEqual(k);
        if (result.overallShown) {
          expect(total).toBeGreaterThanOrEqual(k);
          const hidden = total - result.shownIds.reduce((a, id) => a + (n.get(id) ?? 0), 0);
          expect(hidden === 0 || hidden >= k).toBe(true);
        } else {
          expect(!overallShown || total < k).toBe(true);
        }
        // Never more than one row that could have stood alone is given up.
        expect(result.suppressedIds.filter((id) => (n.get(id) ?? 0) >= k).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("suppressChildren (a parent with its children and a remainder)", () => {
  it("counts the parent's own respondents as hidden", () => {
    // Parent 12 = A 5 + B 5 + 2 of its own: 12 − 5 − 5 = 2 < 5, so A goes (tie, first).
    expect(suppressChildren({ k: 5, parent: 12, children: rows(5, 5) })).toEqual({ parentShown: true, shownIds: ["B"], suppressedIds: ["A"] });
    expect(suppressChildren({ k: 5, parent: 10, children: rows(5, 5) }).shownIds).toEqual(["A", "B"]);
    // A remainder of k or more is safe on its own.
    expect(suppressChildren({ k: 5, parent: 20, children: rows(15) }).shownIds).toEqual(["A"]);
  });

  it("hides everything under a parent below k", () => {
    expect(suppressChildren({ k: 5, parent: 4, children: rows(2, 2) })).toEqual({ parentShown: false, shownIds: [], suppressedIds: ["A", "B"] });
  });

  it("rejects children larger than their parent", () => {
    expect(() => suppressChildren({ k: 5, parent: 9, children: rows(5, 5) })).toThrow(RangeError);
  });
});

/** Every node's own group, and for each node the own groups its subtree covers. */
function coverage(root: SuppressionNode) {
  const own: Record<string, number> = {};
  const covers: Record<string, string[]> = {};
  const walk = (node: SuppressionNode): string[] => {
    own[node.id] = node.own;
    const ids = [node.id, ...(node.children ?? []).flatMap(walk)];
    covers[node.id] = ids;
    return ids;
  };
  walk(root);
  return { own, covers };
}

/**
 * Brute force, independent of the implementation: try every combination of the shown
 * figures with coefficients −1, 0 or 1; whenever the result is exactly some set of people
 * (every own group counted 0 or 1 times), that set must be empty or at least k.
 */
function smallestDerivable(root: SuppressionNode, shown: ReadonlySet<string>, k: number): number | null {
  const { own, covers } = coverage(root);
  const figures = [...shown];
  const people = Object.keys(own).filter((id) => (own[id] ?? 0) > 0);
  let worst: number | null = null;
  const coef = new Array<number>(figures.length).fill(0);
  const visit = (i: number): void => {
    if (i === figures.length) {
      const weight = Object.fromEntries(people.map((p) => [p, 0]));
      figures.forEach((f, j) => covers[f]?.forEach((p) => p in weight && (weight[p] = (weight[p] ?? 0) + (coef[j] ?? 0))));
      if (!Object.values(weight).every((w) => w === 0 || w === 1)) return;
      const size = people.reduce((sum, p) => sum + (weight[p] === 1 ? (own[p] ?? 0) : 0), 0);
      if (size > 0 && size < k && (worst === null || size < worst)) worst = size;
      return;
    }
    for (const c of [-1, 0, 1]) {
      coef[i] = c;
      visit(i + 1);
    }
  };
  visit(0);
  return worst;
}

describe("suppressTree", () => {
  it("looks past the children: shown grandchildren can expose a remainder", () => {
    // N (2 own) → C (0 own) → G1 5, G2 5; N → D 10. k = 5. N's remainder is 2, so a sibling
    // must go. Hiding C (the first of the tied 10s) would not help: G1 and G2 stay shown
    // and N − D − G1 − G2 = 2. Hiding D does: N − C = 12.
    const root: SuppressionNode = {
      id: "N",
      own: 2,
      children: [
        { id: "C", own: 0, children: [{ id: "G1", own: 5 }, { id: "G2", own: 5 }] },
        { id: "D", own: 10 },
      ],
    };
    const shown = suppressTree({ k: 5, root });
    expect([...shown].sort()).toEqual(["C", "G1", "G2", "N"]);
    expect(smallestDerivable(root, shown, 5)).toBeNull();
  });

  it("reaches below a child whose figure is just the sum of its parts", () => {
    // Root (2 own) → C (0 own) → G1 5, G2 6. C = G1 + G2, so hiding C alone changes nothing;
    // G1 (the smaller) has to go: 13 − 6 = 7.
    const root: SuppressionNode = { id: "R", own: 2, children: [{ id: "C", own: 0, children: [{ id: "G1", own: 5 }, { id: "G2", own: 6 }] }] };
    const shown = suppressTree({ k: 5, root });
    expect([...shown].sort()).toEqual(["G2", "R"]);
    expect(smallestDerivable(root, shown, 5)).toBeNull();
  });

  it("honours figures that are not displayed at all", () => {
    const root: SuppressionNode = { id: "all", own: 0, display: false, children: [{ id: "a", own: 3 }, { id: "b", own: 6 }] };
    expect([...suppressTree({ k: 5, root })]).toEqual(["b"]);
  });

  it("rejects duplicate ids and bad counts", () => {
    expect(() => suppressTree({ k: 5, root: { id: "x", own: 1, children: [{ id: "x", own: 1 }] } })).toThrow(RangeError);
    expect(() => suppressTree({ k: 5, root: { id: "x", own: -1 } })).toThrow(RangeError);
    expect(() => suppressTree({ k: 1, root: { id: "x", own: 10 } })).toThrow(RangeError);
  });

  const tree = fc
    .record({
      k: fc.integer({ min: 3, max: 6 }),
      nodes: fc.array(fc.record({ parent: fc.nat(), own: fc.integer({ min: 0, max: 9 }), display: fc.boolean() }), { minLength: 1, maxLength: 8 }),
    })
    .map(({ k, nodes }) => {
      const built: SuppressionNode[] = nodes.map((n, i) => ({ id: `t${i}`, own: n.own, children: [], display: i === 0 || n.display || n.own % 3 !== 0 }));
      built.forEach((node, i) => {
        if (i > 0) (built[(nodes[i]?.parent ?? 0) % i]?.children as SuppressionNode[]).push(node);
      });
      return { k, root: built[0] as SuppressionNode };
    });

  it("leaves no figure, or difference of figures, describing 1..k−1 people", () => {
    fc.assert(
      fc.property(tree, ({ k, root }) => {
        const shown = suppressTree({ k, root });
        const { own, covers } = coverage(root);
        const total = (id: string) => (covers[id] ?? []).reduce((sum, p) => sum + (own[p] ?? 0), 0);
        for (const id of shown) expect(total(id)).toBeGreaterThanOrEqual(k);
        expect(smallestDerivable(root, shown, k)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with suppressRows on a flat tree", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 8 }), fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 10 }), (k, ns) => {
        const r = rows(...ns);
        const flat = suppressRows({ k, rows: r });
        const shown = suppressTree({ k, root: { id: "overall", own: 0, children: r.map((row) => ({ id: row.id, own: row.n })) } });
        expect(shown.has("overall")).toBe(flat.overallShown);
        expect(r.map((row) => row.id).filter((id) => shown.has(id))).toEqual(flat.shownIds);
      }),
    );
  });
});
