/**
 * The joint dashboard in real Chromium: a CX leader reads tiles that match the metrics API,
 * shares a filtered view by URL, moves the scatter's lag and opens a table alternative; HR sees
 * a small team's eNPS hidden with the reason; a manager sees only their subtree; a phone-sized
 * screen has no horizontal page scroll; axe finds nothing serious.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Prisma } from "../src/generated/prisma/client";
import type { Db } from "../src/server/prisma-client";
import { expect, signInAs, test, type Seeder, type TestOrg } from "./fixtures";

const DAY = 86_400_000;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10);

async function makeSurvey(db: Db, orgId: string, metric: "NPS" | "CSAT" | "ENPS", title: string) {
  const csat = metric === "CSAT";
  return db.survey.create({
    data: {
      orgId,
      title,
      metric,
      audience: metric === "ENPS" ? "EMPLOYEE" : "CUSTOMER",
      status: "ACTIVE",
      questions: { create: [{ orgId, position: 0, type: csat ? "CSAT" : "NPS", prompt: "Headline", isHeadline: true, required: true, scaleMin: csat ? 1 : 0, scaleMax: csat ? 5 : 10 }] },
    },
    select: { id: true },
  });
}

type Rollup = Prisma.DailyRollupCreateManyInput;

/** One day's answers for a team, as the rollup row the ingestion would keep. */
function rollup(orgId: string, survey: { id: string; metric: "NPS" | "CSAT" | "ENPS" }, teamId: string, day: string, scores: number[]): Rollup {
  const h = new Array<number>(11).fill(0);
  for (const s of scores) h[s] = (h[s] ?? 0) + 1;
  const buckets = Object.fromEntries(h.map((count, i) => [`h${i}`, count]));
  return { orgId, surveyId: survey.id, teamId, metric: survey.metric, day: new Date(`${day}T00:00:00Z`), n: scores.length, ...buckets };
}

type Org = TestOrg & { teams: Record<"north" | "storeA" | "storeB" | "storeE" | "south" | "storeC" | "storeD" | "kiosk", string> };

/**
 * North → Store A, Store B, Store E; South → Store C, Store D; Kiosk (3 people: below k = 5).
 * Customers every ten days for 200 days; a monthly pulse in every store, and once in the kiosk.
 * Hiding the kiosk's 3 hides one store's eNPS too (else the org total minus the rows shown would
 * give the kiosk), so four stores remain in the scatter.
 */
async function seedOrg(seed: Seeder): Promise<Org> {
  const org = await seed.org(`Dashboard ${Math.random().toString(36).slice(2, 7)}`);
  const { db } = seed;
  const north = await seed.team(org.orgId, "North");
  const storeA = await seed.team(org.orgId, "Store A", north.id);
  const storeB = await seed.team(org.orgId, "Store B", north.id);
  const storeE = await seed.team(org.orgId, "Store E", north.id);
  const south = await seed.team(org.orgId, "South");
  const storeC = await seed.team(org.orgId, "Store C", south.id);
  const storeD = await seed.team(org.orgId, "Store D", south.id);
  const kiosk = await seed.team(org.orgId, "Kiosk");
  const nps = { ...(await makeSurvey(db, org.orgId, "NPS", "Store NPS")), metric: "NPS" as const };
  const csat = { ...(await makeSurvey(db, org.orgId, "CSAT", "Support CSAT")), metric: "CSAT" as const };
  const enps = { ...(await makeSurvey(db, org.orgId, "ENPS", "Monthly pulse")), metric: "ENPS" as const };
  // Better-engaged stores have happier customers: the scatter has something to show.
  const stores: [string, number][] = [[storeA.id, 9], [storeB.id, 7], [storeE.id, 6], [storeC.id, 5], [storeD.id, 3]];
  const rows: Rollup[] = [];
  for (let back = 0; back <= 200; back += 10) {
    for (const [teamId, mood] of stores) {
      rows.push(rollup(org.orgId, nps, teamId, daysAgo(back), [mood + 1, mood, mood - 1, 10, Math.max(0, mood - 3), mood].map((s) => Math.min(10, s))));
      rows.push(rollup(org.orgId, csat, teamId, daysAgo(back), [5, 4, mood > 5 ? 5 : 2, 3, mood > 4 ? 4 : 1]));
    }
    rows.push(rollup(org.orgId, nps, kiosk.id, daysAgo(back), [8, 9, 10, 6, 7]));
  }
  for (let back = 0; back <= 180; back += 30) {
    for (const [teamId, mood] of stores) rows.push(rollup(org.orgId, enps, teamId, daysAgo(back + 2), [mood + 1, mood, mood, 10, mood - 2, 9, mood].map((s) => Math.min(10, s))));
  }
  rows.push(rollup(org.orgId, enps, kiosk.id, daysAgo(5), [9, 4, 10]));
  await db.dailyRollup.createMany({ data: rows });
  return { ...org, teams: { north: north.id, storeA: storeA.id, storeB: storeB.id, storeE: storeE.id, south: south.id, storeC: storeC.id, storeD: storeD.id, kiosk: kiosk.id } };
}

/** The page's rendering of a score: one decimal, signed for NPS (with U+2212), % for CSAT. */
function formatScore(metric: string, score: number): string {
  const one = Math.abs(score).toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (metric === "CSAT") return `${score.toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
  return score > 0 ? `+${one}` : score < 0 ? `−${one}` : one;
}

// Seeding and the first render of a production build take a while on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include("#main").analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a CX leader reads the tiles, shares a filtered view by URL, moves the lag and opens a table alternative", async ({ page, context, seed, request }) => {
  const org = await seedOrg(seed);
  const leader = await seed.member(org.orgId, "CX_LEADER");
  await signInAs(context, { ...leader, orgId: org.orgId });

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  // The tiles show what the metrics API gives for the same window (last 90 days; eNPS over whole months).
  const from = daysAgo(89);
  for (const metric of ["NPS", "CSAT"] as const) {
    const res = await request.get(`/api/v1/metrics?metric=${metric}&from=${from}&to=${today}`, { headers: { authorization: `Bearer ${org.apiKey}` } });
    const body = (await res.json()) as { overall: { score: number; n: number } };
    const tile = page.getByTestId(`tile-${metric.toLowerCase()}`);
    await expect(tile.getByTestId("tile-score")).toHaveText(formatScore(metric, body.overall.score));
    await expect(tile.getByTestId("tile-n")).toHaveText(`n = ${body.overall.n.toLocaleString("en")}`);
  }
  const monthStart = `${from.slice(0, 8)}01`;
  const enpsApi = await request.get(`/api/v1/metrics?metric=ENPS&from=${monthStart}&to=${today}`, { headers: { authorization: `Bearer ${org.apiKey}` } });
  const enps = ((await enpsApi.json()) as { overall: { score: number; n: number } }).overall;
  await expect(page.getByTestId("tile-enps").getByTestId("tile-n")).toHaveText(`n = ${enps.n}`);
  await expect(page.getByTestId("tile-enps").getByTestId("tile-score")).toHaveText(formatScore("ENPS", enps.score));
  await page.getByTestId("tile-nps").getByText("How is this computed?").click();
  await expect(page.getByTestId("tile-nps").getByText(/NPS = 100 × \(P − D\) \/ n/)).toBeVisible();

  // Filter by period and team: the URL holds the view, and reloading it restores the view.
  await page.getByLabel("Period", { exact: true }).selectOption("30d");
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "North" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`period=30d.*teamId=${org.teams.north}`));
  await expect(page.getByText(/Customers and employees, team by team: North/)).toBeVisible();
  const rows = page.getByTestId("team-row");
  await expect(rows).toHaveText([/North/, /Store A/, /Store B/, /Store E/]);
  await page.reload();
  await expect(page.getByLabel("Period", { exact: true })).toHaveValue("30d");
  await expect(page.getByLabel("Team", { exact: true })).toHaveValue(org.teams.north);
  await expect(rows).toHaveText([/North/, /Store A/, /Store B/, /Store E/]);

  // Back to every team: four of the five stores are points; a lag of 4 months leaves no CX data.
  await page.goto("/dashboard");
  await expect(page.getByTestId("stat-n")).toHaveText("4");
  await expect(page.getByTestId("correlation-reading")).toContainText("r = ");
  await page.getByRole("link", { name: "Lag 4 months" }).click();
  await expect(page).toHaveURL(/lag=4/);
  await expect(page.getByRole("link", { name: "Lag 4 months" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("correlation-reading")).toContainText("Too few teams to tell (0 teams");

  // Every chart has its table: open the NPS trend's.
  const trend = page.getByTestId("trend-NPS");
  await trend.getByText("Show as a table").click();
  await expect(trend.getByRole("table")).toBeVisible();
  await expect(trend.getByRole("row")).toHaveCount(13); // header + 12 months

  // Expand a region in the team table, then sort by NPS.
  await page.goto("/dashboard");
  await expect(rows).toHaveText([/Kiosk/, /North/, /South/]);
  await page.getByRole("button", { name: "Show the teams under South" }).click();
  await expect(rows).toHaveText([/Kiosk/, /North/, /South/, /Store C/, /Store D/]);
  await page.getByRole("button", { name: "NPS", exact: true }).click();
  await expect(page.getByRole("columnheader", { name: "NPS", exact: true })).toHaveAttribute("aria-sort", "descending");

  expect(await seriousViolations(page)).toEqual([]);

  // A malformed link still shows the dashboard, with a note saying what was ignored.
  const response = await page.goto("/dashboard?period=forever&lag=9");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("filter-notes")).toContainText("The period in the link was not valid, so it was ignored.");
});

test("HR sees the employee side only, with a small team's eNPS hidden and the reason", async ({ page, context, seed }) => {
  const org = await seedOrg(seed);
  const hr = await seed.member(org.orgId, "HR");
  await signInAs(context, { ...hr, orgId: org.orgId });
  await page.goto(`/dashboard?teamId=${org.teams.kiosk}`);
  await expect(page.getByTestId("tile-enps").getByTestId("tile-hidden")).toHaveText(/^Hidden: fewer than 5 people answered/);
  await expect(page.getByTestId("tile-nps")).toHaveCount(0);
  await expect(page.getByTestId("tile-score")).toHaveCount(0);

  await page.goto("/dashboard");
  const kiosk = page.getByTestId("team-row").filter({ hasText: "Kiosk" });
  await expect(kiosk.getByTestId("cell-ENPS")).toHaveText("Hidden for anonymity*");
  await expect(page.getByTestId("table-hidden-note")).toContainText("Hidden: fewer than 5 people answered");
  await expect(page.getByRole("columnheader", { name: /^NPS/ })).toHaveCount(0);
  await expect(page.getByTestId("trend-ENPS")).toBeVisible();
  await expect(page.getByTestId("trend-NPS")).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test("a manager sees only their subtree; another team's id is a 404", async ({ page, context, seed }) => {
  const org = await seedOrg(seed);
  const manager = await seed.member(org.orgId, "MANAGER", org.teams.south);
  await signInAs(context, { ...manager, orgId: org.orgId });
  await page.goto("/dashboard");
  await expect(page.getByTestId("team-row")).toHaveText([/South/, /Store C/, /Store D/]);
  const options = await page.getByLabel("Team", { exact: true }).locator("option").allTextContents();
  expect(options.map((o) => o.trim())).toEqual(["All my teams", "South", "Store C", "Store D"]);
  await expect(page.getByText("Store A")).toHaveCount(0);
  await expect(page.getByTestId("correlation")).toContainText("Only the teams in view are counted.");

  const response = await page.goto(`/dashboard?teamId=${org.teams.north}`);
  expect(response?.status()).toBe(404);
  const foreign = await seed.org();
  const theirs = await seed.team(foreign.orgId, "Elsewhere");
  expect((await page.goto(`/dashboard?teamId=${theirs.id}`))?.status()).toBe(404);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the dashboard fits 390 px without horizontal page scroll", async ({ page, context, seed }) => {
    const org = await seedOrg(seed);
    const leader = await seed.member(org.orgId, "CX_LEADER");
    await signInAs(context, { ...leader, orgId: org.orgId });
    await page.goto("/dashboard");
    await expect(page.getByTestId("tile-nps")).toBeVisible();
    await expect(page.getByTestId("trend-chart").first().locator("svg").first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Tiles stack: each is (about) the full width of the content.
    const box = await page.getByTestId("tile-nps").boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await page.screenshot({ path: test.info().outputPath("dashboard-390.png"), fullPage: true });
  });
});
