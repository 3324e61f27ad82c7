import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressRows } from "@/core";
import { decideEnpsVisibility } from "./decide-enps-visibility";
import type { OrgTeam } from "./load-org-teams";

const team = (id: string, parentId: string | null = null): OrgTeam => ({ id, name: id, parentId });
const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("decideEnpsVisibility", () => {
  it("hides rows below k, then the next-smallest row, as suppressRows does on a flat org", () => {
    // k = 5: C (2) hidden; 17 − 10 − 5 = 2 would reveal it, so B (5) goes too; 17 − 10 = 7.
    const v = decideEnpsVisibility({ k: 5, teams: [team("A"), team("B"), team("C")], counts: counts({ A: 10, B: 5, C: 2 }) });
    expect(["A", "B", "C"].map((id) => v.isRowShown(id))).toEqual([true, false, false]);
    expect(v.isOverallShown()).toBe(true);
    // B's subtree overall would be B's row again: it stays hidden under teamId=B.
    expect(v.isOverallShown("B")).toBe(false);
    expect(v.isOverallShown("A")).toBe(true);
  });

  it("keeps a row hidden in the org view hidden under teamId, and hides a subtree whose complement is small", () => {
    // R (0 own) → S1 5, S2 5; O 2. The org (12) − R (10) = 2 = O, so R's overall is hidden; then
    // 12 − S1 − S2 = 2 too, so one store (S1, first of the tie) is hidden in every view.
    const teams = [team("R"), team("S1", "R"), team("S2", "R"), team("O")];
    const v = decideEnpsVisibility({ k: 5, teams, counts: counts({ S1: 5, S2: 5, O: 2 }) });
    expect(v.isOverallShown()).toBe(true);
    expect(v.isOverallShown("R")).toBe(false);
    expect(["R", "S1", "S2", "O"].map((id) => v.isRowShown(id))).toEqual([false, false, true, false]);
  });

  it("shows a survey-filtered figure only where the filter leaves it unchanged", () => {
    // A answered 10 in the survey and 2 in another: A − A_S = 2, so A's row goes, and so does the
    // overall (22 − 20). B answered only this survey: its row is the unfiltered row, shown.
    const v = decideEnpsVisibility({ k: 5, teams: [team("A"), team("B")], counts: counts({ A: 10, B: 10 }), unfilteredCounts: counts({ A: 12, B: 10 }) });
    expect([v.isRowShown("A"), v.isRowShown("B"), v.isOverallShown()]).toEqual([false, true, false]);
    // Even a split into parts of k or more is refused: see the counterexample in the module.
    const big = decideEnpsVisibility({ k: 5, teams: [team("A"), team("B")], counts: counts({ A: 6, B: 10 }), unfilteredCounts: counts({ A: 12, B: 10 }) });
    expect([big.isRowShown("A"), big.isRowShown("B"), big.isOverallShown()]).toEqual([false, true, false]);
  });

  it("does not let a survey filter split a hidden residual (the module's counterexample)", () => {
    // k = 3: P 1 → C 4, D 3. Unfiltered: P's subtree 8 and C 4 shown, P and D hidden. Only D
    // answered survey S, so under S P's subtree would be 3, and 8 − 4 − 3 = 1 would be P.
    const teams = [team("P"), team("C", "P"), team("D", "P")];
    const v = decideEnpsVisibility({ k: 3, teams, counts: counts({ D: 3 }), unfilteredCounts: counts({ P: 1, C: 4, D: 3 }) });
    expect([v.isOverallShown(), v.isOverallShown("P"), v.isRowShown("D"), v.isOverallShown("D")]).toEqual([false, false, false, false]);
  });

  it("agrees with suppressRows on flat organizations", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 7 }), fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 8 }), (k, ns) => {
        const teams = ns.map((_, i) => team(`t${i}`));
        const v = decideEnpsVisibility({ k, teams, counts: new Map(ns.map((n, i) => [`t${i}`, n])) });
        const flat = suppressRows({ k, rows: ns.map((n, i) => ({ id: `t${i}`, n })) });
        expect(teams.filter((t) => v.isRowShown(t.id)).map((t) => t.id)).toEqual(flat.shownIds);
        expect(v.isOverallShown()).toBe(flat.overallShown);
      }),
    );
  });
});

/** Rank of a small real matrix by Gaussian elimination (entries are small integers). */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c] ?? 0) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = (m[i]![c] ?? 0) / (m[r]![c] ?? 1);
      m[i] = m[i]!.map((x, j) => x - factor * (m[r]![j] ?? 0));
    }
    r++;
  }
  return r;
}

/**
 * The smallest group of 1..k−1 people that some real linear combination of the shown figures
 * describes exactly, or null. People come in "atoms" (a team's answers to the survey, and to
 * the others); a figure covers whole atoms. A 0/1 vector over the non-empty atoms is derivable
 * iff it lies in the span of the figures, which is stronger than any ±1 search.
 */
function smallestDerivable(figures: number[][], sizes: number[], k: number): number | null {
  const live = sizes.map((s, i) => (s > 0 ? i : -1)).filter((i) => i >= 0);
  const shown = figures.map((f) => live.map((i) => f[i] ?? 0));
  if (shown.length === 0 || live.length === 0) return null;
  const base = rank(shown);
  let worst: number | null = null;
  for (let mask = 1; mask < 1 << live.length; mask++) {
    const v = live.map((_, j) => ((mask >> j) & 1 ? 1 : 0));
    const size = live.reduce((sum, atom, j) => sum + (v[j] ? (sizes[atom] ?? 0) : 0), 0);
    if (size >= k || (worst !== null && size >= worst)) continue;
    if (rank([...shown, v]) === base) worst = size;
  }
  return worst;
}

describe("decideEnpsVisibility across every view the API offers", () => {
  const org = fc.record({
    k: fc.integer({ min: 3, max: 5 }),
    teams: fc.array(fc.record({ parent: fc.integer({ min: -1, max: 4 }), inSurvey: fc.integer({ min: 0, max: 9 }), other: fc.integer({ min: 0, max: 9 }) }), { minLength: 1, maxLength: 5 }),
    surveyShare: fc.constantFrom("none", "some"),
  });

  it("leaves no sum or difference of shown figures describing 1..k−1 people", () => {
    fc.assert(
      fc.property(org, ({ k, teams: spec, surveyShare }) => {
        const teams = spec.map((s, i) => team(`t${i}`, s.parent >= 0 && s.parent < i ? `t${s.parent}` : null));
        const inSurvey = spec.map((s) => (surveyShare === "none" ? 0 : s.inSurvey));
        const all = spec.map((s, i) => (inSurvey[i] ?? 0) + s.other);
        const byTeam = (values: number[]) => new Map(values.map((n, i) => [`t${i}`, n]));
        const full = decideEnpsVisibility({ k, teams, counts: byTeam(all) });
        const filtered = decideEnpsVisibility({ k, teams, counts: byTeam(inSurvey), unfilteredCounts: byTeam(all) });

        // Atoms: 2i = team i's answers to the survey, 2i + 1 = to the others.
        const sizes = spec.flatMap((s, i) => [inSurvey[i] ?? 0, all[i]! - (inSurvey[i] ?? 0)]);
        const subtree = (id: string): number[] => {
          const ids = new Set([id]);
          for (let before = 0; before !== ids.size; ) {
            before = ids.size;
            for (const t of teams) if (t.parentId && ids.has(t.parentId)) ids.add(t.id);
          }
          return teams.map((t, i) => (ids.has(t.id) ? i : -1)).filter((i) => i >= 0);
        };
        const vector = (indexes: number[], surveyOnly: boolean): number[] =>
          sizes.map((_, atom) => (indexes.includes(Math.floor(atom / 2)) && (!surveyOnly || atom % 2 === 0) ? 1 : 0));
        const figures: number[][] = [];
        const sizesShown: number[] = [];
        for (const [view, surveyOnly] of [[full, false], [filtered, true]] as const) {
          const add = (indexes: number[]) => {
            const f = vector(indexes, surveyOnly);
            figures.push(f);
            sizesShown.push(f.reduce<number>((sum, w, atom) => sum + w * (sizes[atom] ?? 0), 0));
          };
          if (view.isOverallShown()) add(teams.map((_, i) => i));
          teams.forEach((t, i) => {
            if (view.isRowShown(t.id)) add([i]);
            if (view.isOverallShown(t.id)) add(subtree(t.id));
          });
        }
        for (const n of sizesShown) expect(n).toBeGreaterThanOrEqual(k);
        expect(smallestDerivable(figures, sizes, k)).toBeNull();
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
