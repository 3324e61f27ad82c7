/**
 * CSV exports through their route handlers (the session module replaced, nothing else):
 * customer responses with the view's filters, streamed; figures per team, with employee
 * figures suppressed exactly as on screen; employee responses never; formulas neutralized;
 * an audit entry for every export.
 */
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/roles";
import type { MemberContext } from "@/server/auth/session";
import { db } from "@/server/db";
import { ingestResponses } from "@/server/responses/ingest-responses";
import { listCustomerResponses } from "@/server/responses-view/list-customer-responses";
import { makeOrg, makeSurvey, makeTeam } from "../factories";

const session = vi.hoisted(() => ({ member: null as MemberContext | null }));
vi.mock("@/server/auth/session", () => ({ getMember: async () => session.member }));
const responsesCsv = await import("@/app/(app)/surveys/[id]/responses/responses.csv/route");
const figuresCsv = await import("@/app/(app)/surveys/[id]/responses/figures.csv/route");

type Org = Awaited<ReturnType<typeof makeOrg>>;
let org: Org, other: Org, nps: string, enps: string, region: string, store: string, outlet: string, small: string;
const NOW = new Date("2026-03-01T12:00:00Z");

async function ingest(surveyId: string, items: { teamId: string; score: number; submittedAt: string; comment?: string }[], orgId = org.orgId) {
  for (let i = 0; i < items.length; i += 1000) {
    const responses = items.slice(i, i + 1000).map((item) => ({ surveyId, ...item, submittedAt: new Date(item.submittedAt) }));
    await ingestResponses(db, { orgId, actor: {}, now: NOW, input: { responses } });
  }
}

beforeAll(async () => {
  org = await makeOrg();
  other = await makeOrg();
  nps = (await makeSurvey(org.orgId, { metric: "NPS", title: "Store NPS" })).id;
  enps = (await makeSurvey(org.orgId, { metric: "ENPS", title: "Pulse" })).id;
  region = (await makeTeam(org.orgId, { name: "Region" })).id;
  store = (await makeTeam(org.orgId, { name: "Store", parentId: region })).id;
  outlet = (await makeTeam(org.orgId, { name: "=Outlet" })).id;
  small = (await makeTeam(org.orgId, { name: "Small" })).id;
  const many = Array.from({ length: 2400 }, (_, i) => ({ teamId: i % 2 ? store : outlet, score: i % 11, submittedAt: `2025-05-${String(1 + (i % 28)).padStart(2, "0")}T10:00:00Z` }));
  await ingest(nps, [
    ...many,
    { teamId: store, score: 0, submittedAt: "2025-06-01T10:00:00Z", comment: '=HYPERLINK("http://evil.example","click")' },
    { teamId: store, score: 1, submittedAt: "2025-06-02T10:00:00Z", comment: "+1 for the staff" },
    { teamId: store, score: 2, submittedAt: "2025-06-03T10:00:00Z", comment: "-not great, \"really\", no" },
    { teamId: outlet, score: 3, submittedAt: "2025-06-04T10:00:00Z", comment: "@team please call" },
  ]);
  // Employee pulse: Store 6 people, =Outlet 6, Small 2 (k = 5).
  const people = (teamId: string, n: number) => Array.from({ length: n }, (_, i) => ({ teamId, score: 4 + i, submittedAt: "2025-04-01", comment: "secret" }));
  await ingest(enps, [...people(store, 6), ...people(outlet, 6), ...people(small, 2)]);
});

function signIn(role: Role, teamId: string | null = null, orgId = org.orgId) {
  session.member = { userId: org.ownerId, name: "T", email: "t@example.test", orgId, orgName: "O", membershipId: "m", role, teamId };
}

async function get(route: { GET: typeof responsesCsv.GET }, surveyId: string, query = "") {
  const response = await route.GET(new Request(`http://localhost/surveys/${surveyId}/responses/x.csv${query}`), { params: Promise.resolve({ id: surveyId }) });
  const bytes = Buffer.from(await response.arrayBuffer());
  // Response.text() would drop a byte order mark; the bytes show whether one was sent.
  const text = bytes.toString("utf8");
  const csv = response.ok ? (parse(text, { bom: true }) as string[][]) : [];
  return { status: response.status, text, csv, json: response.ok ? null : (JSON.parse(text) as { error: { message: string } }), headers: response.headers };
}

describe("responses.csv", () => {
  it("streams every response of the filtered set, with a BOM, CRLF and formulas neutralized", async () => {
    signIn("CX_LEADER");
    const { status, text, csv, headers } = await get(responsesCsv, nps, `?from=2025-06-01`);
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toMatch(/^attachment; filename="responses-store-nps-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(text.startsWith("\uFEFFid,submitted_at,team,team_id,score,comment,other_answers\r\n")).toBe(true);
    expect(csv.slice(1).map((row) => [row[2], row[4], row[5]])).toEqual([
      ["'=Outlet", "3", "'@team please call"],
      ["Store", "2", "'-not great, \"really\", no"],
      ["Store", "1", "'+1 for the staff"],
      ["Store", "0", "'=HYPERLINK(\"http://evil.example\",\"click\")"],
    ]);
    expect(csv[1]?.[1]).toBe("2025-06-04T10:00:00.000Z");
  });

  it("exports in chunks exactly what the view lists, and leaves an audit entry", async () => {
    signIn("OWNER");
    const before = await db.auditLog.count({ where: { orgId: org.orgId, action: "responses.export" } });
    const { csv } = await get(responsesCsv, nps, `?team=${region}&band=promoter`);
    const listed = await listCustomerResponses(db, { orgId: org.orgId, surveyId: nps, metric: "NPS", audience: "CUSTOMER", teamIds: [region, store], filters: { band: "promoter" }, limit: 5000 });
    expect(csv.slice(1).map((row) => row[0])).toEqual(listed.rows.map((r) => r.id));
    expect(csv.length - 1).toBeGreaterThan(200);
    expect(csv.slice(1).every((row) => row[2] === "Store" && Number(row[4]) >= 9)).toBe(true);
    const audit = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "responses.export" } });
    expect(audit.length).toBe(before + 1);
    expect(audit.at(-1)).toMatchObject({ actorUserId: org.ownerId, targetId: nps, metadata: { filters: { team: region, band: "promoter" } } });
  });

  it("keeps a manager to their subtree and refuses what they may not see", async () => {
    signIn("MANAGER", region);
    const { csv } = await get(responsesCsv, nps);
    expect(csv.length - 1).toBe(1203);
    expect(new Set(csv.slice(1).map((row) => row[2]))).toEqual(new Set(["Store"]));
    expect((await get(responsesCsv, nps, `?team=${outlet}`)).status).toBe(404);
    signIn("FRONTLINE");
    expect((await get(responsesCsv, nps)).status).toBe(403);
    signIn("OWNER", null, other.orgId);
    expect((await get(responsesCsv, nps)).status).toBe(404);
  });

  it("never exports an employee survey's responses, and refuses unknown or bad filters", async () => {
    signIn("HR");
    const refused = await get(responsesCsv, enps);
    expect(refused.status).toBe(403);
    expect(refused.json?.error.message).toContain("never export individual responses");
    expect((await get(responsesCsv, nps, "?band=satisfied")).status).toBe(400);
    expect((await get(responsesCsv, nps, "?colour=red")).status).toBe(400);
  });
});

describe("figures.csv", () => {
  it("exports a customer survey's figures per team, negative scores as numbers", async () => {
    signIn("CX_LEADER");
    const { csv } = await get(figuresCsv, nps, "?from=2025-06-01");
    expect(csv[0]).toEqual(["metric", "team_id", "team", "score", "n", "margin_of_error", "promoters", "passives", "detractors", "satisfied", "mean"]);
    const overall = csv[1]!;
    expect(overall.slice(0, 5)).toEqual(["NPS", "", "All teams", "-100", "4"]);
    expect(csv.slice(2).map((row) => [row[2], row[4]])).toEqual([
      ["'=Outlet", "1"],
      ["Region", "0"],
      ["Store", "3"],
      ["Small", "0"],
    ]);
  });

  it("suppresses employee figures exactly as the page does, with no numbers on a suppressed row", async () => {
    signIn("HR");
    const { csv } = await get(figuresCsv, enps);
    const rows = Object.fromEntries(csv.slice(1).map((row) => [row[2], row.slice(3)]));
    expect(rows["All teams"]?.[1]).toBe("14");
    expect(rows["Small"]).toEqual(["suppressed", "", "", "", "", "", "", ""]);
    // 14 − 6 − 6 = 2 would be Small's: one of the two sixes goes too.
    expect(csv.slice(1).filter((row) => row[3] === "suppressed").length).toBeGreaterThanOrEqual(2);
    expect(csv.flat().join(" ")).not.toContain("secret");
    const narrowed = await get(figuresCsv, enps, `?team=${small}`);
    expect(narrowed.csv.slice(1)).toEqual([["ENPS", small, "Small (with its teams)", "suppressed", "", "", "", "", "", "", ""]]);
    expect((await get(figuresCsv, enps, "?band=promoter")).status).toBe(400);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "figures.export" } })).toBeGreaterThanOrEqual(2);
  });
});
