/**
 * The responses view against a real PostgreSQL: customer responses with filters, keyset pages
 * and the figure of the filtered set; a manager's scope; and employee surveys, which show only
 * figures and comments of groups of at least k, never an individual response, comments in a
 * random order and without dates.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getMetrics } from "@/server/metrics/get-metrics";
import { ingestResponses } from "@/server/responses/ingest-responses";
import { getCustomerFigures } from "@/server/responses-view/get-customer-figures";
import { getEmployeeView } from "@/server/responses-view/get-employee-view";
import { listCustomerResponses, type PageCursor } from "@/server/responses-view/list-customer-responses";
import { resolveTeamScope, type ScopeMember } from "@/server/responses-view/resolve-team-scope";
import { readFilters, type ResponseFilters } from "@/server/responses-view/view-filters";
import { makeOrg, makeSurvey, makeTeam } from "../factories";
import { approx, nps } from "../factories/rollups";

type Org = Awaited<ReturnType<typeof makeOrg>>;
const NOW = new Date("2026-03-01T12:00:00Z");
const ADMIN: ScopeMember = { role: "ADMIN", teamId: null };

type Item = { teamId: string; score: number; submittedAt: string; comment?: string };
async function ingest(org: Org, surveyId: string, items: Item[]) {
  for (let i = 0; i < items.length; i += 1000) {
    await ingestResponses(db, { orgId: org.orgId, actor: {}, now: NOW, input: { responses: items.slice(i, i + 1000).map((item) => ({ surveyId, ...item, submittedAt: new Date(item.submittedAt) })) } });
  }
}

describe("customer responses", () => {
  let org: Org, survey: string, region: string, store1: string, store2: string, other: string;
  const day = (i: number) => `2025-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:00:00Z`;

  beforeAll(async () => {
    org = await makeOrg();
    survey = (await makeSurvey(org.orgId, { metric: "NPS" })).id;
    region = (await makeTeam(org.orgId, { name: "Region" })).id;
    store1 = (await makeTeam(org.orgId, { name: "Store 1", parentId: region })).id;
    store2 = (await makeTeam(org.orgId, { name: "Store 2", parentId: region })).id;
    other = (await makeTeam(org.orgId, { name: "Other" })).id;
    const teams = [store1, store2, other, region];
    // 120 responses: scores 0..10 in turn, four teams in turn, several sharing an instant.
    await ingest(org, survey, Array.from({ length: 120 }, (_, i) => ({ teamId: teams[i % 4]!, score: i % 11, submittedAt: day(Math.floor(i / 2)), comment: i % 10 === 0 ? `Comment ${i}` : undefined })));
    await ingest(org, survey, [
      { teamId: store1, score: 2, submittedAt: "2025-07-01T10:00:00Z", comment: "Only 50% OFF, not as advertised" },
      { teamId: store1, score: 9, submittedAt: "2025-07-02T10:00:00Z", comment: "500 off was great" },
      { teamId: other, score: 10, submittedAt: "2025-07-03T10:00:00Z", comment: "Ask for_Sam" },
    ]);
  });

  const options = (filters: ResponseFilters = {}, teamIds: string[] | null = null) => ({ orgId: org.orgId, surveyId: survey, metric: "NPS" as const, audience: "CUSTOMER" as const, teamIds, filters });

  it("pages newest first, 50 at a time, with no row twice or missed, and back again", async () => {
    const pages: string[][] = [];
    let cursor: PageCursor = {};
    const seen: { at: string; id: string }[] = [];
    for (;;) {
      const page = await listCustomerResponses(db, { ...options(), cursor });
      pages.push(page.rows.map((r) => r.id));
      seen.push(...page.rows.map((r) => ({ at: r.at, id: r.id })));
      if (!page.olderCursor) break;
      cursor = { after: page.olderCursor };
    }
    expect(pages.map((p) => p.length)).toEqual([50, 50, 23]);
    expect(new Set(seen.map((r) => r.id)).size).toBe(123);
    const sorted = [...seen].sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1));
    expect(seen).toEqual(sorted);
    // From page 2, "newer" leads back to exactly page 1.
    const second = await listCustomerResponses(db, { ...options(), cursor: { after: (await listCustomerResponses(db, options())).olderCursor! } });
    const back = await listCustomerResponses(db, { ...options(), cursor: { before: second.newerCursor! } });
    expect(back.rows.map((r) => r.id)).toEqual(pages[0]);
    expect(back.newerCursor).toBeNull();
    await expect(listCustomerResponses(db, { ...options(), cursor: { after: "garbage" } })).rejects.toThrow("not valid");
  });

  it("filters by team subtree, score band, days and comment text (wildcards taken literally)", async () => {
    const ids = async (filters: ResponseFilters, teamIds: string[] | null = null) => (await listCustomerResponses(db, { ...options(filters, teamIds), limit: 500 })).rows;
    const scope = await resolveTeamScope(db, { orgId: org.orgId, member: ADMIN, teamFilter: region });
    expect(new Set((await ids({}, scope.teamIds)).map((r) => r.teamId))).toEqual(new Set([region, store1, store2]));
    const detractors = await ids({ band: "detractor" });
    expect(detractors.length).toBeGreaterThan(0);
    expect(detractors.every((r) => r.score !== null && r.score <= 6)).toBe(true);
    const july = await ids({ from: "2025-07-02", to: "2025-07-03" });
    expect(july.map((r) => r.comment)).toEqual(["Ask for_Sam", "500 off was great"]);
    expect((await ids({ q: "50%" })).map((r) => r.comment)).toEqual(["Only 50% OFF, not as advertised"]);
    expect((await ids({ q: "r_s" })).map((r) => r.comment)).toEqual(["Ask for_Sam"]);
    expect((await ids({ q: "OFF" })).length).toBe(2);
    // A band of the other metric, an inverted window and a repeated team are dropped and named.
    const read = readFilters({ band: "satisfied", from: "2025-02-01", to: "2025-01-01", team: ["a", "b"] }, "NPS");
    expect(read.filters).toEqual({ from: "2025-02-01" });
    expect(read.dropped.map((d) => d.key).sort()).toEqual(["band", "team", "to"]);
  });

  it("computes the filtered set's figure with its n and margin of error", async () => {
    const all = await listCustomerResponses(db, { ...options({ q: "off" }), limit: 500 });
    const figures = await getCustomerFigures(db, options({ q: "off" }));
    expect(all.rows.map((r) => r.score).sort()).toEqual([2, 9]);
    expect(figures.overall).toEqual(approx(nps(1, 0, 1)));
    expect([...figures.byTeam.keys()]).toEqual([store1]);
    const everything = await getCustomerFigures(db, options());
    expect(everything.overall.n).toBe(123);
  });

  it("shows the other answers of a response, read against the question they answered", async () => {
    const [first] = (await listCustomerResponses(db, options({ q: "Ask for" }))).rows;
    const choice = await db.question.create({
      data: { orgId: org.orgId, surveyId: survey, position: 1, type: "SINGLE_CHOICE", prompt: "Visit type", options: [{ id: "shop", label: "In store" }, { id: "web", label: "Online" }] },
    });
    const rating = await db.question.create({ data: { orgId: org.orgId, surveyId: survey, position: 2, type: "RATING", prompt: "Staff", scaleMin: 1, scaleMax: 7 } });
    await db.answer.createMany({
      data: [
        { orgId: org.orgId, responseId: first!.id, questionId: choice.id, choiceValues: ["web"] },
        { orgId: org.orgId, responseId: first!.id, questionId: rating.id, numberValue: 6 },
      ],
    });
    const [row] = (await listCustomerResponses(db, options({ q: "Ask for" }))).rows;
    expect(row?.answers).toEqual([
      { prompt: "Visit type", value: "Online" },
      { prompt: "Staff", value: "6 of 7" },
    ]);
  });

  it("limits a manager to their team's subtree; another team is not found", async () => {
    const manager: ScopeMember = { role: "MANAGER", teamId: region };
    const scope = await resolveTeamScope(db, { orgId: org.orgId, member: manager });
    expect(new Set(scope.teamIds)).toEqual(new Set([region, store1, store2]));
    expect(scope.selectable.map((t) => [t.name, t.depth])).toEqual([["Region", 0], ["Store 1", 1], ["Store 2", 1]]);
    const rows = (await listCustomerResponses(db, { ...options({}, scope.teamIds), limit: 500 })).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.teamId === other)).toBe(false);
    await expect(resolveTeamScope(db, { orgId: org.orgId, member: manager, teamFilter: other })).rejects.toThrow("Team not found");
    const lost = await resolveTeamScope(db, { orgId: org.orgId, member: { role: "MANAGER", teamId: null } });
    expect(lost.teamIds).toEqual([]);
    expect((await listCustomerResponses(db, options({}, lost.teamIds))).rows).toEqual([]);
  });
});

describe("employee surveys", () => {
  // k = 5. Region → S1 (6 people), S2 (6); O (2). The org (14) shows; O is below k; the region's
  // overall is refused (14 − 12 = 2), and S1 goes too so that nothing subtracts to O.
  let org: Org, survey: string, region: string, s1: string, s2: string, o: string, item: string;

  beforeAll(async () => {
    org = await makeOrg();
    survey = (await makeSurvey(org.orgId, { metric: "ENPS" })).id;
    region = (await makeTeam(org.orgId, { name: "Region" })).id;
    s1 = (await makeTeam(org.orgId, { name: "S1", parentId: region })).id;
    s2 = (await makeTeam(org.orgId, { name: "S2", parentId: region })).id;
    o = (await makeTeam(org.orgId, { name: "O" })).id;
    const people = (teamId: string, count: number, tag: string) =>
      Array.from({ length: count }, (_, i) => ({ teamId, score: 5 + (i % 6), submittedAt: `2025-04-0${1 + (i % 5)}`, comment: `${tag} comment ${i}` }));
    await ingest(org, survey, [...people(s1, 6, "S1"), ...people(s2, 6, "S2"), ...people(o, 2, "O")]);
    item = (await db.question.create({ data: { orgId: org.orgId, surveyId: survey, position: 1, type: "RATING", prompt: "I feel heard", scaleMin: 1, scaleMax: 5 } })).id;
    // Everyone in S1 and O rates the item, only 2 people in S2 do.
    const responses = await db.response.findMany({ where: { orgId: org.orgId, surveyId: survey }, select: { id: true, teamId: true }, orderBy: { id: "asc" } });
    const raters = responses.filter((r) => r.teamId !== s2).concat(responses.filter((r) => r.teamId === s2).slice(0, 2));
    await db.answer.createMany({ data: raters.map((r) => ({ orgId: org.orgId, responseId: r.id, questionId: item, numberValue: r.teamId === s1 ? 4 : 2 })) });
  });

  const view = async (teamFilter?: string, member: ScopeMember = ADMIN) => {
    const scope = await resolveTeamScope(db, { orgId: org.orgId, member, teamFilter });
    return getEmployeeView(db, { orgId: org.orgId, survey: { id: survey, audience: "EMPLOYEE", metric: "ENPS" }, scope });
  };

  it("shows the figures the metrics API shows, never an individual response", async () => {
    const v = await view();
    expect(v.state).toBe("shown");
    if (v.state !== "shown") return;
    expect(v.overall.n).toBe(14);
    expect(Object.fromEntries(v.teams.map((t) => [t.name, t.figure?.n ?? "suppressed"]))).toEqual({ O: "suppressed", Region: "suppressed", S1: "suppressed", S2: 6 });
    const api = await getMetrics(db, { orgId: org.orgId, query: { metric: "ENPS", from: v.from, to: v.to, surveyId: survey } });
    expect(v.teams.map((t) => t.figure ?? { suppressed: true })).toEqual(v.teams.map((t) => { const { teamId: _id, ...row } = api.teams.find((r) => r.teamId === t.teamId)!; return row; }));
    // Nothing in the view is a response: no ids, no scores, no dates but the window.
    const text = JSON.stringify(v);
    const ids = await db.response.findMany({ where: { orgId: org.orgId }, select: { id: true } });
    expect(ids.some((r) => text.includes(r.id))).toBe(false);
    expect(text).not.toMatch(/2025-04-0[2-4]/);
    await expect(listCustomerResponses(db, { orgId: org.orgId, surveyId: survey, metric: "ENPS", audience: "EMPLOYEE", teamIds: null, filters: {} })).rejects.toThrow("groups of at least k");
  });

  it("suppresses an item where too few answered it, even in a team whose eNPS shows", async () => {
    const v = await view();
    if (v.state !== "shown") throw new Error(v.state);
    const [rated] = v.items;
    expect(rated?.teams[s2]).toBeNull();
    expect(rated?.teams[s1]).toBeNull();
    expect(rated?.overall).toEqual({ mean: (6 * 4 + 2 * 2 + 2 * 2) / 10, n: 10 });
  });

  it("gives comments as bare text, in an order that changes between requests", async () => {
    const v = await view();
    if (v.state !== "shown") throw new Error(v.state);
    expect(v.commentCount).toBe(14);
    expect(v.comments.every((c) => typeof c === "string")).toBe(true);
    expect(v.comments.filter((c) => c.startsWith("O ")).length).toBe(2);
    const orders = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const again = await view();
      if (again.state === "shown") orders.add(again.comments.join("|"));
    }
    expect(orders.size).toBeGreaterThan(1);
    const onlyS2 = await view(s2);
    expect(onlyS2.state === "shown" && onlyS2.comments.every((c) => c.startsWith("S2 "))).toBe(true);
  });

  it("says only 'fewer than k' for a group below k or whose complement is", async () => {
    expect(await view(o)).toEqual({ state: "suppressed", k: 5 });
    // The region has 12, but the rest of the organization would be O's 2.
    expect(await view(region)).toEqual({ state: "suppressed", k: 5 });
    expect(await view(undefined, { role: "MANAGER", teamId: region })).toEqual({ state: "suppressed", k: 5 });
    expect(await view(undefined, { role: "MANAGER", teamId: null })).toEqual({ state: "no-team" });
    const s2View = await view(s2);
    expect(s2View.state === "shown" && s2View.teams.map((t) => t.name)).toEqual(["S2"]);
  });
});
