import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import * as metrics from "@/app/api/v1/metrics/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as responses from "@/app/api/v1/responses/route";
import * as surveys from "@/app/api/v1/surveys/route";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { teamHistogramsSql } from "@/server/metrics/load-team-histograms";
import { makeOrg, makeTeam } from "../factories";
import { addScores, approx, csat, EMPTY_NPS, makeSurvey, nps, setThresholds } from "../factories/rollups";
import { call } from "../http";

type Org = Awaited<ReturnType<typeof makeOrg>>;
type Json = Record<string, unknown>;

const getMetrics = (key: string | undefined, params: Record<string, string> | string) =>
  call(metrics.GET, "GET", { key, url: `http://localhost/api/v1/metrics?${typeof params === "string" ? params : new URLSearchParams(params)}` });

const rowOf = (json: Json, teamId: string) => (json.teams as Json[]).find((r) => r.teamId === teamId);

describe("GET /api/v1/metrics: figures from the rollups", () => {
  let acme: Org;
  let t: Record<"north" | "storeN1" | "kiosk" | "storeN2" | "south", string>;
  let s: Record<"nps" | "nps2" | "csat" | "enps", string>;
  const march = { from: "2026-03-01", to: "2026-03-31" };

  beforeAll(async () => {
    acme = await makeOrg({ name: "Acme" });
    // North → Store N1 → Kiosk N1a; North → Store N2; South. Three levels.
    const north = await makeTeam(acme.orgId, { name: "North" });
    const storeN1 = await makeTeam(acme.orgId, { name: "Store N1", parentId: north.id });
    const kiosk = await makeTeam(acme.orgId, { name: "Kiosk N1a", parentId: storeN1.id });
    const storeN2 = await makeTeam(acme.orgId, { name: "Store N2", parentId: north.id });
    const south = await makeTeam(acme.orgId, { name: "South" });
    t = { north: north.id, storeN1: storeN1.id, kiosk: kiosk.id, storeN2: storeN2.id, south: south.id };
    const [npsSurvey, nps2, csatSurvey, enps] = await Promise.all([
      makeSurvey(acme.orgId, "NPS"), makeSurvey(acme.orgId, "NPS"), makeSurvey(acme.orgId, "CSAT"), makeSurvey(acme.orgId, "ENPS"),
    ]);
    s = { nps: npsSurvey.id, nps2: nps2.id, csat: csatSurvey.id, enps: enps.id };

    await addScores(acme.orgId, s.nps, t.north, "2026-03-01", [10, 9, 8, 6]); // first day: counted
    await addScores(acme.orgId, s.nps, t.storeN1, "2026-03-31", [10, 10, 7, 0, 3]); // last day: counted
    await addScores(acme.orgId, s.nps, t.kiosk, "2026-03-15", [9]);
    await addScores(acme.orgId, s.nps, t.south, "2026-03-10", [5, 6]);
    await addScores(acme.orgId, s.nps2, t.south, "2026-03-05", [10]);
    await addScores(acme.orgId, s.nps, t.north, "2026-02-28", [0, 0, 0]); // the day before: excluded
    await addScores(acme.orgId, s.nps, t.north, "2026-04-01", [0, 0, 0]); // the day after: excluded
    await addScores(acme.orgId, s.csat, t.north, "2026-03-02", [5, 4, 3, 1]);
    await addScores(acme.orgId, s.csat, t.storeN1, "2026-03-31", [4, 4, 4]);
    await addScores(acme.orgId, s.enps, t.north, "2026-03-03", [0, 0, 0, 0, 0, 0]); // another metric: never in NPS
  });

  it("computes NPS per team and overall, with teams sorted by name and empty teams present", async () => {
    const res = await getMetrics(acme.apiKey, { metric: "NPS", ...march });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ metric: "NPS", from: "2026-03-01", to: "2026-03-31" });
    // Sorted by name: Kiosk N1a, North, South, Store N1, Store N2.
    expect((res.json.teams as Json[]).map((r) => r.teamId)).toEqual([t.kiosk, t.north, t.south, t.storeN1, t.storeN2]);
    // North 10 9 | 8 | 6 → P 2, passive 1, D 1: NPS = 100·(2 − 1)/4 = 25; the 0s of 02-28 and 04-01 are outside.
    expect(rowOf(res.json, t.north)).toEqual(approx({ teamId: t.north, ...nps(2, 1, 1) }));
    expect(rowOf(res.json, t.north)?.score).toBe(25);
    // Store N1 10 10 | 7 | 0 3 → 100·(2 − 2)/5 = 0.
    expect(rowOf(res.json, t.storeN1)).toEqual(approx({ teamId: t.storeN1, ...nps(2, 1, 2) }));
    // Kiosk 9 → 100, MOE 0 (everyone a promoter).
    expect(rowOf(res.json, t.kiosk)).toEqual(approx({ teamId: t.kiosk, score: 100, n: 1, promoters: 1, passives: 0, detractors: 0, marginOfError: 0 }));
    // South 5 6 (survey 1) + 10 (survey 2) → P 1, D 2: 100·(1 − 2)/3 = −33.33…
    expect(rowOf(res.json, t.south)).toEqual(approx({ teamId: t.south, ...nps(1, 0, 2) }));
    expect(rowOf(res.json, t.storeN2)).toEqual(approx({ teamId: t.storeN2, ...EMPTY_NPS }));
    // Overall: P 2+2+1+1 = 6, passives 1+1 = 2, D 1+2+2 = 5, n 13 → 100/13 = 7.692…
    expect(res.json.overall).toEqual(approx(nps(6, 2, 5)));
    expect(res.json.overall).toMatchObject({ score: expect.closeTo(100 / 13, 9) });
  });

  it("counts only the days inside the window, both ends included", async () => {
    const firstDay = await getMetrics(acme.apiKey, { metric: "NPS", from: "2026-03-01", to: "2026-03-01" });
    expect(firstDay.json.overall).toEqual(approx(nps(2, 1, 1))); // North's 03-01 answers only
    const lastDay = await getMetrics(acme.apiKey, { metric: "NPS", from: "2026-03-31", to: "2026-03-31" });
    expect(lastDay.json.overall).toEqual(approx(nps(2, 1, 2))); // Store N1's 03-31 answers only
    const dayBefore = await getMetrics(acme.apiKey, { metric: "NPS", from: "2026-02-28", to: "2026-02-28" });
    expect(dayBefore.json.overall).toEqual(approx(nps(0, 0, 3)));
    const inside = await getMetrics(acme.apiKey, { metric: "NPS", from: "2026-03-02", to: "2026-03-30" });
    // Kiosk 9, South 5 6 10 → P 2, D 2, n 4 → 0.
    expect(inside.json.overall).toEqual(approx(nps(2, 0, 2)));
  });

  it("narrows to a subtree, three levels deep", async () => {
    const north = await getMetrics(acme.apiKey, { metric: "NPS", ...march, teamId: t.north });
    expect((north.json.teams as Json[]).map((r) => r.teamId)).toEqual([t.kiosk, t.north, t.storeN1, t.storeN2]);
    // North 4 + Store N1 5 + Kiosk 1: P 5, passives 2, D 3 → 100·2/10 = 20.
    expect(north.json.overall).toEqual(approx(nps(5, 2, 3)));
    const store = await getMetrics(acme.apiKey, { metric: "NPS", ...march, teamId: t.storeN1 });
    expect((store.json.teams as Json[]).map((r) => r.teamId)).toEqual([t.kiosk, t.storeN1]);
    // Store N1 + Kiosk: P 3, passive 1, D 2 → 100/6.
    expect(store.json.overall).toEqual(approx(nps(3, 1, 2)));
    const leaf = await getMetrics(acme.apiKey, { metric: "NPS", ...march, teamId: t.storeN2 });
    expect(leaf.json).toMatchObject({ overall: EMPTY_NPS, teams: [{ teamId: t.storeN2, ...EMPTY_NPS }] });
  });

  it("narrows to one survey of the metric", async () => {
    const res = await getMetrics(acme.apiKey, { metric: "NPS", ...march, surveyId: s.nps2 });
    expect(res.json.overall).toEqual(approx(nps(1, 0, 0))); // South's single 10
    expect((res.json.teams as Json[]).length).toBe(5);
    expect(rowOf(res.json, t.north)).toEqual(approx({ teamId: t.north, ...EMPTY_NPS }));
  });

  it("computes CSAT with its mean", async () => {
    const res = await getMetrics(acme.apiKey, { metric: "CSAT", ...march });
    // North 5 4 3 1: 2 of 4 satisfied → 50, mean 13/4 = 3.25, MOE = 196·sqrt(0.25/4) = 49.
    expect(rowOf(res.json, t.north)).toEqual(approx({ teamId: t.north, score: 50, mean: 3.25, n: 4, satisfied: 2, marginOfError: 49 }));
    expect(rowOf(res.json, t.storeN1)).toEqual(approx({ teamId: t.storeN1, ...csat([4, 4, 4]) }));
    expect(rowOf(res.json, t.south)).toEqual(approx({ teamId: t.south, score: null, mean: null, n: 0, satisfied: 0, marginOfError: null }));
    // 5 of 7 satisfied → 71.43, mean 25/7.
    expect(res.json.overall).toEqual(approx(csat([5, 4, 3, 1, 4, 4, 4])));
  });

  it("never suppresses customer figures, however small", async () => {
    const res = await getMetrics(acme.apiKey, { metric: "NPS", from: "2026-03-15", to: "2026-03-15" });
    expect(res.json.overall).toEqual(approx(nps(1, 0, 0)));
    expect(JSON.stringify(res.json)).not.toContain("suppressed");
  });

  it("answers 404 for an unknown or foreign team or survey, 400 for a survey of another metric", async () => {
    const globex = await makeOrg({ name: "Globex" });
    const theirTeam = await makeTeam(globex.orgId);
    const theirSurvey = await makeSurvey(globex.orgId, "NPS");
    const extras: Record<string, string>[] = [{ teamId: theirTeam.id }, { teamId: "nope" }, { surveyId: theirSurvey.id }, { surveyId: "nope" }];
    for (const extra of extras) {
      const res = await getMetrics(acme.apiKey, { metric: "NPS", ...march, ...extra });
      expect(res.status).toBe(404);
      expect(res.json.error?.code).toBe("not_found");
    }
    const wrongMetric = await getMetrics(acme.apiKey, { metric: "NPS", ...march, surveyId: s.csat });
    expect(wrongMetric.status).toBe(400);
    expect(wrongMetric.json.error).toMatchObject({ code: "validation_failed", issues: [{ path: ["surveyId"] }] });
  });

  it("can be answered from the (orgId, metric, day) index alone", async () => {
    // On a few rows the planner's pick between indexes is a coin toss, so this checks what the
    // query allows, not what today's statistics pick: with the other two indexes gone (inside a
    // transaction that is rolled back) and sequential scans off, the plan must be a range scan of
    // that index on orgId, metric and day. On real data the planner may still prefer the primary
    // key (surveyId, teamId, day) for one survey, or (orgId, teamId, day) for a small subtree.
    const explain = async (options: Parameters<typeof teamHistogramsSql>[0]) => {
      let plan = "";
      await db
        .$transaction(async (tx) => {
          await tx.$executeRawUnsafe('ALTER TABLE "DailyRollup" DROP CONSTRAINT "DailyRollup_pkey"');
          await tx.$executeRawUnsafe('DROP INDEX "DailyRollup_orgId_teamId_day_idx"');
          await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
          const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${teamHistogramsSql(options)}`);
          plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
          throw new Error("roll back");
        })
        .catch((error: unknown) => {
          if (!(error instanceof Error && error.message === "roll back")) throw error;
        });
      return plan;
    };
    const variants = [{}, { surveyId: s.nps }, { teamIds: [t.north, t.south] }];
    for (const metric of ["NPS", "ENPS"] as const) {
      for (const variant of variants) {
        const plan = await explain({ orgId: acme.orgId, metric, ...march, ...variant });
        expect(plan).toContain('Index Scan using "DailyRollup_orgId_metric_day_idx"');
        expect(plan).toMatch(/Index Cond: \(\("orgId" = .*\) AND \(metric = .*\) AND \(day >= '2026-03-01'::date\) AND \(day <= '2026-03-31'::date\)\)/);
        expect(plan).not.toContain("Seq Scan");
      }
    }
    expect(await db.dailyRollup.count({ where: { orgId: acme.orgId } })).toBeGreaterThan(0); // the indexes are back
  });
});

describe("GET /api/v1/metrics: eNPS anonymity", () => {
  const MARCH = { from: "2026-03-01", to: "2026-03-31" };
  /** n answers: the first ceil(n/2) are 10 (promoters), the rest 3 (detractors). */
  const answers = (n: number) => Array.from({ length: n }, (_, i) => (i < n / 2 ? 10 : 3));
  const hidden = (teamId: string) => ({ teamId, suppressed: true });
  const enps = (org: Org, extra: Record<string, string> = {}) => getMetrics(org.apiKey, { metric: "ENPS", ...MARCH, ...extra });

  /** An org with k, one eNPS survey, and teams (flat unless a parent is named) of the given sizes. */
  async function employeeOrg(k: number, spec: Array<{ name: string; n: number; parent?: string }>) {
    const org = await makeOrg();
    await setThresholds(org.orgId, { anonymityThreshold: k });
    const survey = await makeSurvey(org.orgId, "ENPS");
    const ids: Record<string, string> = {};
    for (const { name, n, parent } of spec) {
      ids[name] = (await makeTeam(org.orgId, { name, parentId: parent === undefined ? null : ids[parent] })).id;
      await addScores(org.orgId, survey.id, ids[name]!, "2026-03-10", answers(n));
    }
    return { org, survey: survey.id, ids };
  }

  it("shows rows of at least k and hides smaller ones, empty teams included, with no counts", async () => {
    const { org, ids } = await employeeOrg(5, [{ name: "A", n: 10 }, { name: "B", n: 6 }, { name: "C", n: 3 }, { name: "D", n: 2 }, { name: "E", n: 0 }]);
    const res = await enps(org);
    // C and D are hidden; together 5 ≥ k, so A and B can stay: 21 − 10 − 6 = 5.
    // A: 5 promoters, 5 detractors → 0; MOE = 196·sqrt(1/10).
    expect(res.json.teams).toEqual([
      { teamId: ids.A, score: 0, n: 10, promoters: 5, passives: 0, detractors: 5, marginOfError: expect.closeTo(196 / Math.sqrt(10), 9) },
      approx({ teamId: ids.B, ...nps(3, 0, 3) }),
      hidden(ids.C!),
      hidden(ids.D!),
      hidden(ids.E!),
    ]);
    // Overall: P 5 + 3 + 2 + 1 = 11, D 5 + 3 + 1 + 1 = 10 → 100/21.
    expect(res.json.overall).toEqual(approx(nps(11, 0, 10)));
  });

  it("hides the next-smallest row when the hidden ones would be found by subtraction", async () => {
    const { org, ids } = await employeeOrg(5, [{ name: "A", n: 10 }, { name: "B", n: 5 }, { name: "C", n: 2 }]);
    const res = await enps(org);
    // C (2) is below k; 17 − 10 − 5 = 2 would give it away, so B goes too; 17 − 10 = 7.
    expect(res.json.teams).toEqual([approx({ teamId: ids.A, ...nps(5, 0, 5) }), hidden(ids.B!), hidden(ids.C!)]);
    expect(res.json.overall).toEqual(approx(nps(9, 0, 8)));
    // …and B stays hidden when asked for on its own.
    const b = await enps(org, { teamId: ids.B! });
    expect(b.json).toMatchObject({ overall: { suppressed: true }, teams: [hidden(ids.B!)] });
  });

  it("suppresses the overall itself below k", async () => {
    const small = await employeeOrg(5, [{ name: "A", n: 2 }, { name: "B", n: 1 }]);
    const res = await enps(small.org);
    expect(res.json.overall).toEqual({ suppressed: true });
    expect(res.json.teams).toEqual([hidden(small.ids.A!), hidden(small.ids.B!)]);
    // With k = 3 the same 3 people make an overall, but no row.
    const k3 = await employeeOrg(3, [{ name: "A", n: 2 }, { name: "B", n: 1 }]);
    const shown = await enps(k3.org);
    expect(shown.json.overall).toEqual(approx(nps(2, 0, 1)));
    expect(shown.json.teams).toEqual([hidden(k3.ids.A!), hidden(k3.ids.B!)]);
  });

  it("suppresses a subtree overall that a team filter narrows below k", async () => {
    const { org, ids } = await employeeOrg(5, [{ name: "Q", n: 10 }, { name: "R", n: 0 }, { name: "S1", n: 3, parent: "R" }, { name: "S2", n: 1, parent: "R" }]);
    const region = await enps(org, { teamId: ids.R! });
    expect(region.json).toEqual({ metric: "ENPS", ...MARCH, overall: { suppressed: true }, teams: [hidden(ids.R!), hidden(ids.S1!), hidden(ids.S2!)] });
    // Org-wide: R's 4 are hidden, so Q (10) must go too, or 14 − 10 = 4; the overall of 14 stays:
    // P 5 + 2 + 1 = 8, D 5 + 1 = 6 → 100·2/14.
    const all = await enps(org);
    expect((all.json.teams as Json[]).every((r) => r.suppressed === true)).toBe(true);
    expect(all.json.overall).toEqual(approx(nps(8, 0, 6)));
    // Q's own overall would be that same 10.
    expect((await enps(org, { teamId: ids.Q! })).json.overall).toEqual({ suppressed: true });
  });

  it("suppresses a subtree overall whose complement is below k, and keeps rows as hidden as org-wide", async () => {
    // Org 12 = R's subtree 10 (S1 5 + S2 5) + O 2. Showing R's 10 next to the org's 12 gives O away.
    const { org, ids } = await employeeOrg(5, [{ name: "O", n: 2 }, { name: "R", n: 0 }, { name: "S1", n: 5, parent: "R" }, { name: "S2", n: 5, parent: "R" }]);
    const all = await enps(org);
    expect(all.json.overall).toEqual(approx(nps(7, 0, 5))); // P 1 + 3 + 3, D 1 + 2 + 2
    // 12 − S1 − S2 = 2 as well, so one store (S1, first of the tie) is hidden everywhere.
    expect(all.json.teams).toEqual([hidden(ids.O!), hidden(ids.R!), hidden(ids.S1!), approx({ teamId: ids.S2, ...nps(3, 0, 2) })]);
    const region = await enps(org, { teamId: ids.R! });
    expect(region.json.overall).toEqual({ suppressed: true });
    // Were S1 shown here, 12 − 5 − 5 would be O again.
    expect(region.json.teams).toEqual([hidden(ids.R!), hidden(ids.S1!), approx({ teamId: ids.S2, ...nps(3, 0, 2) })]);
  });

  it("shows a survey-filtered figure only where the filter leaves it unchanged", async () => {
    const { org, survey, ids } = await employeeOrg(5, [{ name: "A", n: 10 }, { name: "B", n: 10 }]);
    const other = await makeSurvey(org.orgId, "ENPS");
    await addScores(org.orgId, other.id, ids.A!, "2026-03-12", [0, 10]); // A: 10 in the survey, 2 in another
    const unfiltered = await enps(org);
    expect(unfiltered.json.overall).toEqual(approx(nps(11, 0, 11)));
    expect((unfiltered.json.teams as Json[]).map((r) => r.n)).toEqual([12, 10]);
    // A under the survey would be 10, and 12 − 10 = 2 people's answers to the other survey;
    // the overall likewise (22 − 20). B answered only this survey: the same figure, shown.
    const filtered = await enps(org, { surveyId: survey });
    expect(filtered.json).toEqual({ metric: "ENPS", ...MARCH, overall: { suppressed: true }, teams: [hidden(ids.A!), approx({ teamId: ids.B, ...nps(5, 0, 5) })] });
    const otherOnly = await enps(org, { surveyId: other.id });
    expect(otherOnly.json).toMatchObject({ overall: { suppressed: true }, teams: [hidden(ids.A!), hidden(ids.B!)] });
  });

  it("never shows a group of 1..k−1, directly or by subtraction, in any team view (property)", async () => {
    const spec = fc.record({
      k: fc.integer({ min: 3, max: 7 }),
      teams: fc.array(fc.record({ parent: fc.integer({ min: -1, max: 5 }), n: fc.integer({ min: 0, max: 12 }) }), { minLength: 1, maxLength: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(spec, async ({ k, teams }) => {
        const { org, ids } = await employeeOrg(
          k,
          teams.map((t, i) => ({ name: `T${i}`, n: t.n, ...(t.parent >= 0 && t.parent < i ? { parent: `T${t.parent}` } : {}) })),
        );
        const shownN = (figure: unknown) => ((figure as Json).suppressed ? null : ((figure as Json).n as number));
        const small = (n: number) => n > 0 && n < k;
        const orgView = await enps(org);
        const orgRows = new Map((orgView.json.teams as Json[]).map((r) => [r.teamId as string, shownN(r)]));
        const orgN = shownN(orgView.json.overall);
        for (const teamId of [undefined, ...Object.values(ids)]) {
          const view = teamId === undefined ? orgView : await enps(org, { teamId });
          const rows = (view.json.teams as Json[]).map((r) => shownN(r));
          const overall = shownN(view.json.overall);
          for (const n of [...rows, overall]) if (n !== null) expect(n).toBeGreaterThanOrEqual(k);
          // A row is the same figure in every view, so it is shown in all of them or in none.
          for (const r of view.json.teams as Json[]) expect(shownN(r)).toBe(orgRows.get(r.teamId as string));
          if (overall !== null) {
            expect(small(overall - rows.reduce<number>((sum, n) => sum + (n ?? 0), 0))).toBe(false);
            if (orgN !== null) expect(small(orgN - overall)).toBe(false);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe("GET /api/v1/metrics after POST /api/v1/responses (end to end)", () => {
  it("reads what ingestion wrote, by UTC day", async () => {
    const org = await makeOrg();
    const team = await makeTeam(org.orgId, { name: "Front desk" });
    const survey = await call(surveys.POST, "POST", { key: org.apiKey, body: { title: "After visit", audience: "CUSTOMER", metric: "NPS" } });
    expect(survey.status).toBe(201);
    const item = (score: number, submittedAt: string) => ({ surveyId: survey.json.id, teamId: team.id, score, submittedAt });
    const posted = await call(responses.POST, "POST", {
      key: org.apiKey,
      body: {
        responses: [
          item(10, "2026-03-01T00:00:00Z"), // first instant of the window
          item(9, "2026-03-31T23:59:59Z"), // last second of the window
          item(3, "2026-04-01T01:00:00+02:00"), // 2026-03-31T23:00Z: still March in UTC
          item(0, "2026-04-01T00:00:00Z"), // April: outside
          item(0, "2026-02-28T23:59:59Z"), // February: outside
        ],
      },
    });
    expect(posted.status).toBe(201);
    const res = await getMetrics(org.apiKey, { metric: "NPS", from: "2026-03-01", to: "2026-03-31" });
    // 10, 9 | 3 → P 2, D 1, n 3: 100/3.
    expect(res.json.overall).toEqual(approx(nps(2, 0, 1)));
    expect(res.json.teams).toEqual([approx({ teamId: team.id, ...nps(2, 0, 1) })]);
  });
});

describe("GET /api/v1/metrics: malformed queries", () => {
  let org: Org;
  beforeAll(async () => {
    org = await makeOrg();
  });

  it.each([
    ["no parameters", ""],
    ["a missing metric", "from=2026-01-01&to=2026-01-31"],
    ["an unknown metric", "metric=XYZ&from=2026-01-01&to=2026-01-31"],
    ["a lower-case metric", "metric=nps&from=2026-01-01&to=2026-01-31"],
    ["a missing from", "metric=NPS&to=2026-01-31"],
    ["a missing to", "metric=NPS&from=2026-01-01"],
    ["an impossible day", "metric=NPS&from=2026-02-30&to=2026-03-01"],
    ["29 February of a common year", "metric=NPS&from=2025-02-29&to=2025-03-01"],
    ["month 13", "metric=NPS&from=2026-13-01&to=2026-12-31"],
    ["a day without padding", "metric=NPS&from=2026-1-1&to=2026-01-31"],
    ["a timestamp", "metric=NPS&from=2026-01-01T00:00:00Z&to=2026-01-31"],
    ["year zero", "metric=NPS&from=0000-01-01&to=0000-01-31"],
    ["from after to", "metric=NPS&from=2026-02-01&to=2026-01-31"],
    ["a window over 10 years", "metric=NPS&from=2016-01-01&to=2026-01-01"],
    ["an unknown parameter", "metric=NPS&from=2026-01-01&to=2026-01-31&team=x"],
    ["a repeated parameter", "metric=NPS&metric=CSAT&from=2026-01-01&to=2026-01-31"],
    ["a repeated teamId", "metric=NPS&from=2026-01-01&to=2026-01-31&teamId=a&teamId=b"],
    ["an empty teamId", "metric=NPS&from=2026-01-01&to=2026-01-31&teamId="],
  ])("refuses %s with 400 and the error shape", async (_label, query) => {
    const res = await getMetrics(org.apiKey, query);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: "validation_failed", message: expect.any(String) });
    expect(res.json.error?.issues?.length).toBeGreaterThan(0);
    for (const issue of res.json.error?.issues ?? []) expect(issue).toMatchObject({ path: expect.any(Array), message: expect.any(String) });
  });

  it("accepts a window of exactly 10 years and a leap day", async () => {
    expect((await getMetrics(org.apiKey, "metric=NPS&from=2016-01-01&to=2025-12-31")).status).toBe(200);
    expect((await getMetrics(org.apiKey, "metric=ENPS&from=2024-02-29&to=2024-02-29")).status).toBe(200);
  });

  it("names the repeated parameter", async () => {
    const res = await getMetrics(org.apiKey, "metric=NPS&from=2026-01-01&from=2026-01-02&to=2026-01-31");
    expect(res.json.error?.issues).toEqual([{ path: ["from"], message: "Give this parameter once" }]);
  });

  it.each([["no key", undefined], ["a forged key", "tdm_forged"]])("answers 401 for %s", async (_label, key) => {
    const res = await getMetrics(key, { metric: "NPS", from: "2026-01-01", to: "2026-01-31" });
    expect(res.status).toBe(401);
    expect(res.json.error?.code).toBe("unauthorized");
  });
});

describe("the OpenAPI document", () => {
  it("describes both operations' query parameters from the schemas the handlers use", async () => {
    const doc = (await call(openapi.GET as never, "GET")).json as { paths: Record<string, { get?: { parameters: Json[]; responses: Json } }> };
    const params = (path: string) => Object.fromEntries((doc.paths[path]?.get?.parameters ?? []).map((p) => [p.name, p.required]));
    expect(params("/api/v1/metrics")).toEqual({ metric: true, from: true, to: true, teamId: false, surveyId: false });
    expect(params("/api/v1/correlations")).toEqual({ cx: true, from: true, to: true, lag: false, period: false });
    expect(Object.keys(doc.paths["/api/v1/metrics"]?.get?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "401", "404"]));
  });
});
