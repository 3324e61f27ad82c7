/**
 * An organization with a team tree and six months of customer and employee answers in the daily
 * rollups, for the dashboard tests. Deterministic (a seeded generator), so a failure repeats.
 *
 *   North ─┬─ Store N1        South ── Store S1        Kiosk (a small team: eNPS below k)
 *          └─ Store N2
 *
 * Employees answer a monthly pulse in the stores (6–9 each); the regions have no staff of their
 * own; the kiosk's 3 answered once, in May. Customers answer four days a month everywhere.
 */
import { makeMember, makeOrg, makeTeam } from "./index";
import { addScores, makeSurvey } from "./rollups";
import type { Role } from "@/lib/roles";

/** mulberry32: a small seeded generator, enough to vary scores. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"] as const;

export async function makeDashboardOrg(options: { seed?: number; name?: string } = {}) {
  const random = seeded(options.seed ?? 7);
  const org = await makeOrg({ name: options.name ?? "Dashboard Org" });
  const { orgId } = org;
  const north = await makeTeam(orgId, { name: "North" });
  const storeN1 = await makeTeam(orgId, { name: "Store N1", parentId: north.id });
  const storeN2 = await makeTeam(orgId, { name: "Store N2", parentId: north.id });
  const south = await makeTeam(orgId, { name: "South" });
  const storeS1 = await makeTeam(orgId, { name: "Store S1", parentId: south.id });
  const kiosk = await makeTeam(orgId, { name: "Kiosk" });
  const teams = { north: north.id, storeN1: storeN1.id, storeN2: storeN2.id, south: south.id, storeS1: storeS1.id, kiosk: kiosk.id };
  const [nps, csat, enps, enps2] = await Promise.all([
    makeSurvey(orgId, "NPS", { title: "Store visit NPS" }),
    makeSurvey(orgId, "CSAT", { title: "Support CSAT" }),
    makeSurvey(orgId, "ENPS", { title: "Monthly pulse" }),
    makeSurvey(orgId, "ENPS", { title: "Spring pulse" }),
  ]);
  const surveys = { nps: nps.id, csat: csat.id, enps: enps.id, enps2: enps2.id };

  // Each team leans a little differently, so teams differ and the correlation has something to find.
  const lean: Record<string, number> = { [north.id]: 0.5, [storeN1.id]: 0.7, [storeN2.id]: 0.3, [south.id]: 0.4, [storeS1.id]: 0.6, [kiosk.id]: 0.5 };
  const score = (max: number, min: number, bias: number) => Math.min(max, Math.max(min, Math.round(min + (max - min) * (random() * 0.6 + bias * 0.4 + 0.1))));
  const writes: Promise<void>[] = [];
  for (const month of MONTHS) {
    for (const [key, teamId] of Object.entries(teams)) {
      const bias = lean[teamId] ?? 0.5;
      for (const day of ["03", "11", "19", "27"]) {
        const date = `${month}-${day}`;
        const count = 2 + Math.floor(random() * 4);
        writes.push(addScores(orgId, nps.id, teamId, date, Array.from({ length: count }, () => score(10, 0, bias))));
        writes.push(addScores(orgId, csat.id, teamId, date, Array.from({ length: count }, () => score(5, 1, bias))));
      }
      // One pulse a month on the 15th for the stores. The regions have no staff of their own;
      // the kiosk's 3 people (below k = 5) answered once, in May.
      const people = key === "north" || key === "south" ? 0 : key === "kiosk" ? (month === "2026-05" ? 3 : 0) : 6 + Math.floor(random() * 4);
      writes.push(addScores(orgId, enps.id, teamId, `${month}-15`, Array.from({ length: people }, () => score(10, 0, bias))));
    }
  }
  // The spring pulse: Store N1 only, in April.
  writes.push(addScores(orgId, enps2.id, storeN1.id, "2026-04-20", [9, 9, 10, 7, 8, 6]));
  await Promise.all(writes);
  return { ...org, teams, surveys };
}

export type DashboardOrg = Awaited<ReturnType<typeof makeDashboardOrg>>;

/** A member of the org as a viewer the dashboard functions take. */
export async function makeViewer(org: { orgId: string }, role: Role, teamId: string | null = null) {
  const member = await makeMember(org.orgId, { role, teamId });
  return { ...member, orgId: org.orgId, role, teamId };
}
