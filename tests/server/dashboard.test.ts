import { beforeAll, describe, expect, it } from "vitest";
import { correlate } from "@/core";
import { comparePeriods } from "@/core/scoring/compare-periods";
import { parseDashboardFilters, type DashboardFilters } from "@/lib/schemas/dashboard";
import type { MetricName } from "@/lib/schemas/metrics";
import { loadDashboard } from "@/server/dashboard/load-dashboard";
import { db } from "@/server/db";
import { getJourneyMap } from "@/server/journeys/get-journey-map";
import { getCorrelations } from "@/server/metrics/get-correlations";
import { getMetrics } from "@/server/metrics/get-metrics";
import { loadOrgTeams, subtreeIds } from "@/server/metrics/load-org-teams";
import { makeDashboardOrg, makeViewer, type DashboardOrg } from "../factories/dashboard";
import { makeMember, makeOrg, makeTeam } from "../factories";
import { addScores, makeSurvey, repeat } from "../factories/rollups";

let org: DashboardOrg;
// 2026-06-20: the last 90 days are 2026-03-23..2026-06-20; employee figures cover March..June.
const now = new Date("2026-06-20T12:00:00Z");
const defaults = (changes: Partial<DashboardFilters> = {}): DashboardFilters => ({ ...parseDashboardFilters({}).filters, ...changes });
const apiFigure = (metric: MetricName, window: { from: string; to: string }, teamId?: string, surveyId?: string, orgId = org.orgId) =>
  getMetrics(db, { orgId, query: { metric, ...window, teamId, surveyId } });

beforeAll(async () => {
  org = await makeDashboardOrg();
});

describe("tiles", () => {
  it("equal GET /api/v1/metrics for the same window and team, now and in the previous period", async () => {
    const leader = await makeViewer(org, "CX_LEADER");
    for (const teamId of [undefined, org.teams.north, org.teams.storeN1, org.teams.kiosk]) {
      const data = await loadDashboard(db, { member: leader, filters: defaults({ teamId }), now });
      expect(data.window).toEqual({ from: "2026-03-23", to: "2026-06-20" });
      expect(data.exWindow).toEqual({ from: "2026-03-01", to: "2026-06-30" });
      expect(data.tiles.map((t) => t.metric)).toEqual(["NPS", "CSAT", "ENPS"]);
      for (const tile of data.tiles) {
        expect(tile.window).toEqual(tile.metric === "ENPS" ? data.exWindow : data.window);
        expect(tile.previousWindow).toEqual(tile.metric === "ENPS" ? { from: "2025-11-01", to: "2026-02-28" } : { from: "2025-12-23", to: "2026-03-22" });
        expect(tile.figure).toEqual((await apiFigure(tile.metric, tile.window, teamId)).overall);
        expect(tile.previous).toEqual((await apiFigure(tile.metric, tile.previousWindow, teamId)).overall);
      }
      const enps = data.tiles.find((t) => t.metric === "ENPS")!;
      // The kiosk's 3 people are below k = 5: the tile is hidden, and so is any comparison.
      if (teamId === org.teams.kiosk) expect([enps.figure, enps.change]).toEqual([{ suppressed: true }, null]);
      else expect(enps.figure).toHaveProperty("score");
    }
  });

  it("with a survey filter, as the metrics API's surveyId", async () => {
    const leader = await makeViewer(org, "CX_LEADER");
    const data = await loadDashboard(db, { member: leader, filters: defaults({ npsSurvey: org.surveys.nps, enpsSurvey: org.surveys.enps }), now });
    for (const tile of data.tiles) {
      const surveyId = tile.metric === "NPS" ? org.surveys.nps : tile.metric === "ENPS" ? org.surveys.enps : undefined;
      expect(tile.figure).toEqual((await apiFigure(tile.metric, tile.window, undefined, surveyId)).overall);
    }
    // Store N1 answered the spring pulse in April too: filtered to the monthly pulse, its figure
    // would differ from the unfiltered one, so it is hidden, as the API hides it.
    const n1 = data.table.find((r) => r.teamId === org.teams.storeN1)!;
    expect(n1.figures.ENPS).toEqual({ suppressed: true });
  });

  it("flags a change beyond the margins, worked by hand", async () => {
    const small = await makeOrg();
    const team = await makeTeam(small.orgId, { name: "Only" });
    const nps = await makeSurvey(small.orgId, "NPS");
    const csat = await makeSurvey(small.orgId, "CSAT");
    // NPS: the previous 30 days all detractors (−100 ± 0), now all promoters (100 ± 0): Δ 200, beyond.
    await addScores(small.orgId, nps.id, team.id, "2026-05-01", repeat(0, 10));
    await addScores(small.orgId, nps.id, team.id, "2026-06-01", repeat(10, 10));
    // CSAT: 6 of 10 satisfied, then 7 of 10: Δ 10, margin √(30.36² + 28.40²) = 41.6: within.
    await addScores(small.orgId, csat.id, team.id, "2026-05-01", [...repeat(5, 6), ...repeat(1, 4)]);
    await addScores(small.orgId, csat.id, team.id, "2026-06-01", [...repeat(5, 7), ...repeat(1, 3)]);
    const owner = { orgId: small.orgId, role: "OWNER" as const, teamId: null };
    const data = await loadDashboard(db, { member: owner, filters: defaults({ period: "30d" }), now });
    const [npsTile, csatTile] = data.tiles;
    expect(npsTile!.change).toEqual({ delta: 200, margin: 0, beyondMargins: true, direction: "up" });
    const margin = Math.hypot(1.96 * 100 * Math.sqrt((0.7 * 0.3) / 10), 1.96 * 100 * Math.sqrt((0.6 * 0.4) / 10));
    expect(csatTile!.change).toMatchObject({ delta: expect.closeTo(10, 9), margin: expect.closeTo(margin, 9), beyondMargins: false });
    expect(csatTile!.change).toEqual(comparePeriods(csatTile!.figure as never, csatTile!.previous as never));
  });
});

describe("employee figures count people across pulse rounds", () => {
  it("give the metrics API's tiles, rows and buckets when the same people answer every week", async () => {
    const small = await makeOrg();
    const region = await makeTeam(small.orgId, { name: "Region" });
    const tiny = await makeTeam(small.orgId, { name: "Tiny", parentId: region.id });
    const big = await makeTeam(small.orgId, { name: "Big", parentId: region.id });
    const weekly = await makeSurvey(small.orgId, "ENPS", { title: "Weekly" });
    const spring = await makeSurvey(small.orgId, "ENPS", { title: "Spring" });
    const staff = async (teamId: string, count: number) => Promise.all(Array.from({ length: count }, () => makeMember(small.orgId, { teamId })));
    const [tinyStaff, bigStaff] = [await staff(tiny.id, 3), await staff(big.id, 8)];
    // Weekly rounds from March to June: Tiny's 3 people give 12+ answers a month, still 3 people.
    const mondays = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-04-06", "2026-04-13", "2026-05-04", "2026-05-11", "2026-05-18", "2026-06-01", "2026-06-08"];
    for (const day of mondays) {
      for (const [team, people] of [[tiny, tinyStaff], [big, bigStaff]] as const) {
        await addScores(small.orgId, weekly.id, team.id, day, people.map((_, i) => (i * 3 + day.charCodeAt(9)) % 11));
        await db.participation.createMany({ data: people.map((m) => ({ orgId: small.orgId, surveyId: weekly.id, userId: m.userId, teamId: team.id, day: new Date(`${day}T00:00:00Z`) })) });
      }
    }
    // A second pulse in April for Big only, so a survey filter changes Big's April.
    await addScores(small.orgId, spring.id, big.id, "2026-04-20", [9, 9, 8, 7, 10]);
    await db.participation.createMany({ data: bigStaff.slice(0, 5).map((m) => ({ orgId: small.orgId, surveyId: spring.id, userId: m.userId, teamId: big.id, day: new Date("2026-04-20T00:00:00Z") })) });
    const owner = { orgId: small.orgId, role: "OWNER" as const, teamId: null };
    for (const filters of [defaults(), defaults({ enpsSurvey: weekly.id }), defaults({ period: "30d", unit: "week" }), defaults({ teamId: region.id, enpsSurvey: weekly.id })]) {
      const data = await loadDashboard(db, { member: owner, filters, now });
      const api = (w: { from: string; to: string }, teamId?: string) => getMetrics(db, { orgId: small.orgId, query: { metric: "ENPS", ...w, teamId, surveyId: filters.enpsSurvey } });
      const tile = data.tiles.find((t) => t.metric === "ENPS")!;
      expect(tile.figure).toEqual((await api(tile.window, filters.teamId)).overall);
      expect(tile.previous).toEqual((await api(tile.previousWindow, filters.teamId)).overall);
      for (const row of data.table) expect(row.figures.ENPS, row.name).toEqual((await api(data.exWindow, row.teamId)).overall);
      for (const { bucket, figure } of data.trends.series.ENPS!) expect(figure, bucket.key).toEqual((await api(bucket, filters.teamId)).overall);
      expect(data.table.find((r) => r.name === "Tiny")?.figures.ENPS).toEqual({ suppressed: true });
    }
  });
});

describe("trends", () => {
  it("give one bucket per calendar month, each equal to GET /api/v1/metrics for that month", async () => {
    const leader = await makeViewer(org, "CX_LEADER");
    const data = await loadDashboard(db, { member: leader, filters: defaults({ teamId: org.teams.south }), now });
    const nps = data.trends.series.NPS!;
    expect(nps.map((p) => p.bucket.key)).toEqual(["2025-07-01", "2025-08-01", "2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"]);
    for (const metric of ["NPS", "CSAT", "ENPS"] as const) {
      for (const { bucket, figure } of data.trends.series[metric]!) expect(figure).toEqual((await apiFigure(metric, bucket, org.teams.south)).overall);
    }
  });
});

/** Every row's figure is the API's `teamId=<row>` overall; hidden ones are only suppressed markers. */
async function expectTableSafe(data: Awaited<ReturnType<typeof loadDashboard>>, k: number, orgId = org.orgId) {
  const byId = new Map(data.table.map((r) => [r.teamId, r]));
  for (const row of data.table) {
    for (const metric of data.scope.metrics) {
      const api = await apiFigure(metric, metric === "ENPS" ? data.exWindow : data.window, row.teamId, undefined, orgId);
      expect(row.figures[metric], `${row.name} ${metric}`).toEqual(api.overall);
    }
    const enps = row.figures.ENPS;
    if (enps && !("suppressed" in enps)) expect(enps.n).toBeGreaterThanOrEqual(k);
  }
  // Expanding any row shows its children: a shown parent minus its shown children must be 0 or ≥ k.
  for (const parent of data.table) {
    const p = parent.figures.ENPS;
    if (!p || "suppressed" in p) continue;
    const kids = data.table.filter((r) => r.parentId === parent.teamId);
    if (kids.length === 0) continue;
    const shown = kids.map((r) => r.figures.ENPS).filter((f) => f && !("suppressed" in f)) as { n: number }[];
    const remainder = p.n - shown.reduce((s, f) => s + f.n, 0);
    expect(remainder === 0 || remainder >= k, `${parent.name}: remainder ${remainder}`).toBe(true);
    expect(byId.get(parent.teamId)).toBeDefined();
  }
}

describe("team table", () => {
  it("lists every team in tree order with its subtree's figures, equal to the API's, and hides small eNPS groups", async () => {
    const leader = await makeViewer(org, "CX_LEADER");
    const data = await loadDashboard(db, { member: leader, filters: defaults(), now });
    expect(data.table.map((r) => [r.name, r.depth, r.hasChildren])).toEqual([
      ["Kiosk", 0, false],
      ["North", 0, true],
      ["Store N1", 1, false],
      ["Store N2", 1, false],
      ["South", 0, true],
      ["Store S1", 1, false],
    ]);
    expect(data.table.find((r) => r.name === "Kiosk")!.figures.ENPS).toEqual({ suppressed: true });
    await expectTableSafe(data, 5);
  });

  it("does not let a parent row and its children be subtracted into a small group", async () => {
    // Region R (2 people of its own) → S1 5, S2 5: R's subtree 12 − 5 − 5 = 2 would be R's own people.
    const small = await makeOrg();
    const region = await makeTeam(small.orgId, { name: "Region" });
    const s1 = await makeTeam(small.orgId, { name: "S1", parentId: region.id });
    const s2 = await makeTeam(small.orgId, { name: "S2", parentId: region.id });
    const other = await makeTeam(small.orgId, { name: "Other" });
    const enps = await makeSurvey(small.orgId, "ENPS");
    await addScores(small.orgId, enps.id, region.id, "2026-06-05", [9, 3]);
    await addScores(small.orgId, enps.id, s1.id, "2026-06-05", [10, 10, 9, 7, 2]);
    await addScores(small.orgId, enps.id, s2.id, "2026-06-05", [8, 9, 9, 1, 0]);
    await addScores(small.orgId, enps.id, other.id, "2026-06-05", repeat(9, 6));
    const owner = { orgId: small.orgId, role: "OWNER" as const, teamId: null };
    const data = await loadDashboard(db, { member: owner, filters: defaults(), now });
    const rows = Object.fromEntries(data.table.map((r) => [r.name, r.figures.ENPS]));
    expect(rows.Region).toMatchObject({ n: 12 });
    // One store is hidden with the region's own 2, so 12 − 5 = 7 ≥ 5.
    expect([rows.S1, rows.S2].filter((f) => f && "suppressed" in f)).toHaveLength(1);
    const shownOrg = data.tiles.find((t) => t.metric === "ENPS")!.figure;
    expect(shownOrg).toMatchObject({ n: 18 });
    await expectTableSafe(data, 5, small.orgId);
    // The same decision under a team filter: the region's view hides the same store.
    const filtered = await loadDashboard(db, { member: owner, filters: defaults({ teamId: region.id }), now });
    expect(Object.fromEntries(filtered.table.map((r) => [r.name, r.figures.ENPS]))).toEqual({ Region: rows.Region, S1: rows.S1, S2: rows.S2 });
    await expectTableSafe(filtered, 5, small.orgId);
  });
});

describe("correlation", () => {
  it("equals GET /api/v1/correlations for the employee window, with and without a lag", async () => {
    const leader = await makeViewer(org, "CX_LEADER");
    for (const [cx, lag, lagPeriod] of [["NPS", 0, "month"], ["CSAT", 1, "month"], ["NPS", 1, "quarter"]] as const) {
      const filters = defaults({ period: "custom", from: "2026-01-01", to: "2026-03-31", cx, lag, lagPeriod });
      const data = await loadDashboard(db, { member: leader, filters, now });
      const api = await getCorrelations(db, { orgId: org.orgId, query: { cx, from: "2026-01-01", to: "2026-03-31", lag, period: lagPeriod } });
      expect(data.correlation!.result).toEqual(api);
      expect(data.correlation!.narrowed).toBe(false);
    }
    const data = await loadDashboard(db, { member: leader, filters: defaults({ period: "custom", from: "2026-01-01", to: "2026-03-31" }), now });
    // Only Store N1, N2 and S1 have employee answers from January to March.
    expect(data.correlation!.result.n).toBe(3);
    expect(data.correlation!.reading.verdict).toBe("too-few");
    expect(data.correlation!.reading.text).toContain("Too few teams to tell (3 teams; at least 4 are needed");
  });

  it("narrows to the teams in view with the same points and the same statistics function", async () => {
    const manager = await makeViewer(org, "MANAGER", org.teams.north);
    const data = await loadDashboard(db, { member: manager, filters: defaults({ period: "custom", from: "2026-01-01", to: "2026-06-30" }), now });
    const api = await getCorrelations(db, { orgId: org.orgId, query: { cx: "NPS", from: "2026-01-01", to: "2026-06-30", lag: 0, period: "month" } });
    const teams = await loadOrgTeams(db, { orgId: org.orgId });
    const mine = subtreeIds(teams, org.teams.north);
    const points = api.points.filter((p) => mine.has(p.teamId));
    expect(points.length).toBeGreaterThan(0);
    expect(data.correlation!.result.points).toEqual(points);
    const stats = correlate(points.map((p) => ({ x: p.ex, y: p.cx })));
    expect(data.correlation!.result.n).toBe(stats.n);
    expect(data.correlation!.result.pearson.r).toBe(stats.pearson.r);
    expect(data.correlation!.narrowed).toBe(true);
  });
});

describe("journey strip", () => {
  it("shows the first customer journey's stages with the journey map's own figures, or the one the link names", async () => {
    const leader = await makeViewer(org, "CX_LEADER");
    const empty = await loadDashboard(db, { member: leader, filters: defaults(), now });
    expect(empty.journey).toMatchObject({ journeyId: undefined, stages: [], journeys: [] });

    const question = await db.question.findFirstOrThrow({ where: { surveyId: org.surveys.nps, isHeadline: true }, select: { id: true } });
    const create = (name: string, kind: "CUSTOMER" | "EMPLOYEE", stages: string[]) =>
      db.journey.create({
        data: { orgId: org.orgId, kind, name, stages: { create: stages.map((stage, position) => ({ orgId: org.orgId, position, name: stage })) } },
        select: { id: true, stages: { select: { id: true, name: true }, orderBy: { position: "asc" } } },
      });
    await create("Hiring", "EMPLOYEE", ["Apply"]);
    const visit = await create("Store visit", "CUSTOMER", ["Arrive", "Pay"]);
    const online = await create("Online", "CUSTOMER", ["Browse"]);
    await db.stageQuestion.create({ data: { orgId: org.orgId, stageId: visit.stages[1]!.id, questionId: question.id } });

    for (const teamId of [undefined, org.teams.south]) {
      const data = await loadDashboard(db, { member: leader, filters: defaults({ teamId }), now });
      const map = await getJourneyMap(db, { orgId: org.orgId, journeyId: visit.id, query: { ...data.window, teamId } });
      expect(data.journey!.journeys.map((j) => j.name)).toEqual(["Store visit", "Online"]);
      expect(data.journey!.stages).toEqual(map.stages.map((s, i) => ({ id: s.stageId, name: visit.stages[i]!.name, figure: s.figure })));
      // The linked headline question's stage is that survey's NPS for the window and team.
      const { overall } = await apiFigure("NPS", data.window, teamId, org.surveys.nps);
      expect(data.journey!.stages[1]!.figure).toMatchObject({ kind: "NPS", n: "n" in overall ? overall.n : -1 });
    }
    const picked = await loadDashboard(db, { member: leader, filters: defaults({ journeyId: online.id }), now });
    expect([picked.journey!.name, picked.filters.journeyId, picked.notes]).toEqual(["Online", online.id, []]);
    const hr = await makeViewer(org, "HR");
    expect((await loadDashboard(db, { member: hr, filters: defaults(), now })).journey).toBeNull();
  });
});

describe("role scoping", () => {
  it("shows a manager only their subtree and refuses other teams", async () => {
    const manager = await makeViewer(org, "MANAGER", org.teams.north);
    const data = await loadDashboard(db, { member: manager, filters: defaults(), now });
    expect(data.anchor).toEqual({ teamId: org.teams.north, name: "North" });
    expect(data.table.map((r) => r.name)).toEqual(["North", "Store N1", "Store N2"]);
    expect(data.teamOptions.map((t) => t.name)).toEqual(["North", "Store N1", "Store N2"]);
    expect(data.tiles.find((t) => t.metric === "NPS")!.figure).toEqual((await apiFigure("NPS", data.window, org.teams.north)).overall);
    await expect(loadDashboard(db, { member: manager, filters: defaults({ teamId: org.teams.south }), now })).rejects.toMatchObject({ code: "not_found" });
    const narrowed = await loadDashboard(db, { member: manager, filters: defaults({ teamId: org.teams.storeN2 }), now });
    expect(narrowed.table.map((r) => r.name)).toEqual(["Store N2"]);
  });

  it("shows frontline staff their team, HR the employee side, and nobody another organization's team", async () => {
    const frontline = await makeViewer(org, "FRONTLINE", org.teams.storeS1);
    const mine = await loadDashboard(db, { member: frontline, filters: defaults(), now });
    expect(mine.table.map((r) => r.name)).toEqual(["Store S1"]);
    expect(mine.correlation).toBeNull();
    await expect(loadDashboard(db, { member: frontline, filters: defaults({ teamId: org.teams.south }), now })).rejects.toMatchObject({ code: "not_found" });
    // Frontline staff of a team with teams under it: one row, whose figure is the whole subtree's
    // (as the API's teamId gives it); the teams under it are neither listed nor selectable.
    const regional = await makeViewer(org, "FRONTLINE", org.teams.north);
    const region = await loadDashboard(db, { member: regional, filters: defaults(), now });
    expect(region.table.map((r) => [r.name, r.hasChildren])).toEqual([["North", false]]);
    expect(region.teamOptions.map((t) => t.name)).toEqual(["North"]);
    expect(region.table[0]!.figures.NPS).toEqual((await apiFigure("NPS", region.window, org.teams.north)).overall);
    expect(region.tiles[0]!.figure).toEqual((await apiFigure("NPS", region.window, org.teams.north)).overall);
    await expect(loadDashboard(db, { member: regional, filters: defaults({ teamId: org.teams.storeN1 }), now })).rejects.toMatchObject({ code: "not_found" });

    const hr = await makeViewer(org, "HR");
    const people = await loadDashboard(db, { member: hr, filters: defaults(), now });
    expect(people.tiles.map((t) => t.metric)).toEqual(["ENPS"]);
    expect(Object.keys(people.trends.series)).toEqual(["ENPS"]);
    expect(people.table.every((r) => Object.keys(r.figures).join() === "ENPS")).toBe(true);
    expect([people.journey, people.followUps]).toEqual([null, null]);
    expect(people.correlation).not.toBeNull();

    // Ideas follow the view: a manager of South sees South's, the organization sees all.
    await db.idea.createMany({
      data: [
        { orgId: org.orgId, teamId: org.teams.storeS1, title: "Shorter queues", body: "…", voteCount: 4 },
        { orgId: org.orgId, teamId: org.teams.storeN1, title: "Brighter signs", body: "…", voteCount: 9 },
      ],
    });
    const southManager = await makeViewer(org, "MANAGER", org.teams.south);
    expect((await loadDashboard(db, { member: southManager, filters: defaults(), now })).ideas.map((i) => i.title)).toEqual(["Shorter queues"]);
    expect((await loadDashboard(db, { member: hr, filters: defaults(), now })).ideas.map((i) => i.title)).toEqual(["Brighter signs", "Shorter queues"]);

    const lonely = await makeViewer(org, "MANAGER", null);
    const nothing = await loadDashboard(db, { member: lonely, filters: defaults(), now });
    expect([nothing.scope.noTeam, nothing.tiles, nothing.table, nothing.teamOptions, nothing.correlation, nothing.ideas, nothing.followUps]).toEqual([true, [], [], [], null, [], null]);

    const stranger = await makeOrg();
    const foreignTeam = await makeTeam(stranger.orgId, { name: "Elsewhere" });
    const leader = await makeViewer(org, "CX_LEADER");
    await expect(loadDashboard(db, { member: leader, filters: defaults({ teamId: foreignTeam.id }), now })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("links in the API's terms", () => {
  it("read from and to without a period as custom dates, and surveyId as the survey's metric filter", async () => {
    const { filters, notes } = parseDashboardFilters({ from: "2026-02-01", to: "2026-04-30", surveyId: org.surveys.csat });
    expect(notes).toEqual([]);
    expect(filters).toMatchObject({ period: "custom", from: "2026-02-01", to: "2026-04-30", surveyId: org.surveys.csat });
    const leader = await makeViewer(org, "CX_LEADER");
    const data = await loadDashboard(db, { member: leader, filters, now });
    expect(data.window).toEqual({ from: "2026-02-01", to: "2026-04-30" });
    expect(data.filters).toMatchObject({ csatSurvey: org.surveys.csat });
    expect(data.filters.surveyId).toBeUndefined();
    const csatTile = data.tiles.find((t) => t.metric === "CSAT")!;
    expect(csatTile.figure).toEqual((await apiFigure("CSAT", data.window, undefined, org.surveys.csat)).overall);
  });
});

describe("malformed filters", () => {
  it("fall back to their defaults with a note, and the dashboard still loads", async () => {
    const { filters, notes } = parseDashboardFilters({
      period: "forever",
      teamId: "../../etc",
      lag: "7",
      cx: ["CSAT", "NPS"],
      unit: "\u0000",
      npsSurvey: "x".repeat(100),
      from: "2026-02-30",
      utm_source: "mail",
    });
    expect(filters).toEqual({ period: "90d", unit: "month", cx: "CSAT", lag: 0, lagPeriod: "month" });
    expect(notes).toHaveLength(5);
    expect(notes[0]).toBe("The period in the link was not valid, so it was ignored.");
    const custom = parseDashboardFilters({ period: "custom", from: "2026-05-01", to: "2026-04-01" });
    expect(custom.filters.period).toBe("90d");
    expect(custom.notes).toEqual(["The from date was after the to date. Showing the last 90 days instead."]);

    const leader = await makeViewer(org, "CX_LEADER");
    const data = await loadDashboard(db, { member: leader, filters: { ...filters, npsSurvey: org.surveys.csat, journeyId: "nope" }, now });
    expect(data.tiles).toHaveLength(3);
    expect(data.filters.npsSurvey).toBeUndefined();
    expect(data.notes).toContain("The NPS survey in the link is not one of this organization's, so all its surveys are counted.");

    // The far ends of the custom range load too: the previous period and a 4-quarter lag reach
    // beyond them without leaving PostgreSQL's calendar.
    for (const [from, to] of [["1900-01-01", "1900-03-31"], ["2999-10-01", "2999-12-31"], ["1900-01-01", "1909-12-31"]] as const) {
      const edge = parseDashboardFilters({ from, to, lag: "4", lagPeriod: "quarter", unit: "week" });
      expect(edge.notes).toEqual([]);
      await expect(loadDashboard(db, { member: leader, filters: edge.filters, now })).resolves.toMatchObject({ window: { from, to } });
    }
  });
});
