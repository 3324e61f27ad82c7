/**
 * The embeddable widget against a real PostgreSQL: its public endpoints called through their
 * route handlers with an Origin header (CORS, validation, limits, double submission), the
 * settings it is configured with, and the script it is served as.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getConfig, OPTIONS as preflightConfig } from "@/app/api/public/widget/[token]/route";
import { OPTIONS as preflightResponses, POST as postResponse } from "@/app/api/public/widget/[token]/responses/route";
import { GET as getScript } from "@/app/widget.js/route";
import { ANSWER_LIMITS, overallKey } from "@/server/answering/answer-limits";
import type { MemberContext } from "@/server/auth/session";
import { db } from "@/server/db";
import { getOrCreatePublicLink } from "@/server/distributions/get-or-create-public-link";
import { hitRateLimit } from "@/server/rate-limit/hit-rate-limit";
import { WIDGET_SCRIPT } from "@/server/widget/embed-script";
import { unsafeFindWidgetByToken } from "@/server/widget/find-widget-by-token";
import { getOrCreateWidget } from "@/server/widget/get-or-create-widget";
import { getWidgetSettings } from "@/server/widget/get-widget-settings";
import { submitWidgetResponse } from "@/server/widget/submit-widget-response";
import { updateAllowedOrigins } from "@/server/widget/update-allowed-origins";
import { WIDGET_LIMITS } from "@/server/widget/widget-limits";
import { call } from "../http";
import { makeOrg, makeSurvey, makeTeam } from "../factories";

// The settings action runs as this member; next/cache has no request to revalidate in a test.
const session = vi.hoisted(() => ({ member: null as MemberContext | null }));
vi.mock("@/server/auth/session", () => ({ getMember: async () => session.member }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { saveAllowedOriginsAction } = await import("@/app/(app)/surveys/[id]/widget/actions");

const SHOP = "https://shop.example.com";
const EVIL = "https://evil.example.net";
const address = () => `198.51.100.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;

type Org = Awaited<ReturnType<typeof makeOrg>>;
type Fixture = Awaited<ReturnType<typeof makeWidget>>;

/** An active customer survey with an optional open-text question, a required choice the widget doesn't ask, and one team's widget. */
async function makeWidget(orgId: string, options: { metric?: "NPS" | "CSAT"; comment?: boolean; origins?: string[] } = {}) {
  const survey = await makeSurvey(orgId, { metric: options.metric ?? "NPS" });
  const headline = survey.questions.find((q) => q.isHeadline);
  if (!headline) throw new Error("makeSurvey made no headline question");
  await db.question.create({ data: { orgId, surveyId: survey.id, position: 1, type: "SINGLE_CHOICE", prompt: "Channel", required: true, options: [{ id: "web", label: "Web" }] } });
  const comment = options.comment === false ? null : await db.question.create({ data: { orgId, surveyId: survey.id, position: 2, type: "OPEN_TEXT", prompt: "What is the main reason for your score?" }, select: { id: true } });
  await updateAllowedOrigins(db, { orgId, surveyId: survey.id, actor: {}, origins: options.origins ?? [SHOP] });
  const team = await makeTeam(orgId, { name: `Web shop ${randomBytes(2).toString("hex")}` });
  const widget = await getOrCreateWidget(db, { orgId, surveyId: survey.id, teamId: team.id, actor: {} });
  return { surveyId: survey.id, teamId: team.id, widget, token: widget.token, headlineId: headline.id, commentId: comment?.id ?? null };
}

type Send = { origin?: string | null; from?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> };

function requestHeaders({ origin = SHOP, from = address(), headers = {} }: Send) {
  return { ...(origin === null ? {} : { origin }), "x-forwarded-for": from, ...headers };
}
const config = (token: string, send: Send = {}) => call(getConfig, "GET", { params: { token }, headers: requestHeaders(send) });
const post = (token: string, send: Send = {}) =>
  call(postResponse, "POST", { params: { token }, headers: requestHeaders(send), ...(send.rawBody !== undefined ? { rawBody: send.rawBody } : { body: send.body ?? { score: 9 } }) });

/** Everything a refused submission must leave unchanged. */
async function stored(orgId: string) {
  const [responses, answers, n] = await Promise.all([
    db.response.count({ where: { orgId } }),
    db.answer.count({ where: { orgId } }),
    db.dailyRollup.aggregate({ where: { orgId }, _sum: { n: true } }),
  ]);
  return { responses, answers, n: n._sum.n ?? 0 };
}

let acme: Org;
let f: Fixture;

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  f = await makeWidget(acme.orgId);
});

describe("GET /api/public/widget/<token>", () => {
  it("gives an allowed origin the prompt and scale, with CORS headers and no ids", async () => {
    const res = await config(f.token);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      metric: "NPS",
      question: { prompt: expect.any(String), min: 0, max: 10, minLabel: "Not at all likely", maxLabel: "Extremely likely" },
      comment: { prompt: "What is the main reason for your score?", maxLength: 5000 },
    });
    expect(res.headers.get("access-control-allow-origin")).toBe(SHOP);
    expect(res.headers.get("vary")).toMatch(/Origin/);
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    const text = JSON.stringify(res.json);
    for (const id of [f.surveyId, f.teamId, acme.orgId, f.widget.id, f.headlineId]) expect(text).not.toContain(id);
  });

  it("refuses other origins, a missing Origin and the null origin with 403 and no CORS headers", async () => {
    for (const origin of [EVIL, null, "null", "http://shop.example.com", "https://shop.example.com:8443", "https://sub.shop.example.com"]) {
      const res = await config(f.token, { origin });
      expect(res.status, String(origin)).toBe(403);
      expect(res.json.error?.code).toBe("forbidden");
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(res.headers.get("vary")).toMatch(/Origin/);
    }
  });

  it("is 404 for unknown and malformed tokens, and for a public link's token", async () => {
    const org = await makeOrg();
    const survey = await makeSurvey(org.orgId);
    const link = await getOrCreatePublicLink(db, { orgId: org.orgId, surveyId: survey.id, teamId: (await makeTeam(org.orgId)).id });
    for (const token of ["nosuchtokennosuchtoken", "\u0000bad", "x".repeat(5000), "../../api", link.token]) {
      const res = await config(token);
      expect(res.status).toBe(404);
      expect(res.json.error?.code).toBe("not_found");
    }
  });

  it("is 404 for a draft or closed survey, readable by the allowed origin", async () => {
    const g = await makeWidget(acme.orgId);
    for (const status of ["DRAFT", "CLOSED"] as const) {
      await db.survey.update({ where: { id: g.surveyId }, data: { status } });
      const res = await config(g.token);
      expect(res.status).toBe(404);
      expect(res.headers.get("access-control-allow-origin")).toBe(SHOP);
    }
  });
});

describe("preflight (OPTIONS)", () => {
  it("allows GET, POST and Content-Type for an allowed origin on both endpoints", async () => {
    for (const handler of [preflightConfig, preflightResponses]) {
      const res = await call(handler, "OPTIONS", { params: { token: f.token }, headers: { origin: SHOP, "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe(SHOP);
      expect(res.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
      expect(res.headers.get("access-control-allow-headers")).toBe("Content-Type");
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
      expect(res.headers.get("vary")).toMatch(/Origin/);
    }
  });

  it("refuses any other origin with 403 and no CORS headers", async () => {
    const res = await call(preflightResponses, "OPTIONS", { params: { token: f.token }, headers: { origin: EVIL, "access-control-request-method": "POST" } });
    expect(res.status).toBe(403);
    expect(res.json.error?.code).toBe("forbidden");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-methods")).toBeNull();
  });
});

describe("POST /api/public/widget/<token>/responses", () => {
  it("stores one response with its answers and one rollup increment, for the widget's team", async () => {
    const org = await makeOrg();
    const g = await makeWidget(org.orgId);
    const res = await post(g.token, { body: { score: 9, comment: "  Fast delivery  " } });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ status: "stored" });
    expect(res.headers.get("access-control-allow-origin")).toBe(SHOP);
    const responses = await db.response.findMany({ where: { orgId: org.orgId }, include: { answers: true } });
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ surveyId: g.surveyId, teamId: g.teamId, distributionId: g.widget.id, score: 9, comment: "Fast delivery", respondentEmail: null });
    expect(responses[0]?.submittedAt).toBeInstanceOf(Date);
    expect(responses[0]?.answers.map((a) => [a.questionId, a.numberValue, a.textValue]).sort()).toEqual(
      [[g.headlineId, 9, null], [g.commentId, null, "Fast delivery"]].sort(),
    );
    const rollups = await db.dailyRollup.findMany({ where: { orgId: org.orgId } });
    expect(rollups).toHaveLength(1);
    expect(rollups[0]).toMatchObject({ surveyId: g.surveyId, teamId: g.teamId, metric: "NPS", n: 1, h9: 1 });
  });

  it("refuses other origins and a missing Origin with 403, storing nothing", async () => {
    const org = await makeOrg();
    const g = await makeWidget(org.orgId);
    for (const origin of [EVIL, null, "null"]) {
      const res = await post(g.token, { origin });
      expect(res.status).toBe(403);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
    expect(await stored(org.orgId)).toEqual({ responses: 0, answers: 0, n: 0 });
  });

  it("answers every bad input with a 4xx and stores nothing", async () => {
    const org = await makeOrg();
    const g = await makeWidget(org.orgId);
    const csat = await makeWidget(org.orgId, { metric: "CSAT" });
    const silent = await makeWidget(org.orgId, { comment: false });
    const cases: [string, Fixture, Send, number][] = [
      ["score above the scale", g, { body: { score: 11 } }, 400],
      ["negative score", g, { body: { score: -1 } }, 400],
      ["fractional score", g, { body: { score: 7.5 } }, 400],
      ["score as text", g, { body: { score: "7" } }, 400],
      ["score null", g, { body: { score: null } }, 400],
      ["no score", g, { body: { comment: "just words" } }, 400],
      ["unknown key", g, { body: { score: 9, teamId: "someone-else" } }, 400],
      ["comment too long", g, { body: { score: 9, comment: "x".repeat(5001) } }, 400],
      ["comment with NUL", g, { body: { score: 9, comment: "a\u0000b" } }, 400],
      ["comment not text", g, { body: { score: 9, comment: 42 } }, 400],
      ["an array", g, { body: [{ score: 9 }] }, 400],
      ["JSON null", g, { rawBody: "null" }, 400],
      ["malformed JSON", g, { rawBody: '{"score": 9' }, 400],
      ["empty body", g, { rawBody: "" , headers: { "content-type": "application/json" } }, 400],
      ["not JSON", g, { rawBody: "score=9", headers: { "content-type": "application/x-www-form-urlencoded" } }, 415],
      ["text/plain (a simple CORS request)", g, { rawBody: '{"score":9}', headers: { "content-type": "text/plain" } }, 415],
      ["over 1 MB", g, { rawBody: JSON.stringify({ score: 9, comment: "x".repeat(1_100_000) }) }, 413],
      ["CSAT 0", csat, { body: { score: 0 } }, 400],
      ["CSAT 6", csat, { body: { score: 6 } }, 400],
      ["a comment where the survey has no comment question", silent, { body: { score: 9, comment: "hello" } }, 400],
    ];
    for (const [name, target, send, status] of cases) {
      const res = await post(target.token, send);
      expect(res.status, name).toBe(status);
      expect(res.json.error?.code, name).toEqual(expect.any(String));
      expect(res.headers.get("access-control-allow-origin"), name).toBe(SHOP);
    }
    const issues = (await post(csat.token, { body: { score: 6 } })).json.error?.issues;
    expect(issues).toEqual([{ path: ["score"], message: "Choose a whole number from 1 to 5" }]);
    expect(await stored(org.orgId)).toEqual({ responses: 0, answers: 0, n: 0 });
    // Blank comments are no comment; the survey's other required question is not the widget's.
    expect((await post(silent.token, { body: { score: 10, comment: "   " } })).status).toBe(201);
    expect((await post(csat.token, { body: { score: 5 } })).status).toBe(201);
  });

  it("is 404 for a closed survey and an unknown token, storing nothing", async () => {
    const org = await makeOrg();
    const g = await makeWidget(org.orgId);
    await db.survey.update({ where: { id: g.surveyId }, data: { status: "CLOSED" } });
    expect((await post(g.token)).status).toBe(404);
    expect((await post("nosuchtokennosuchtoken")).status).toBe(404);
    expect(await stored(org.orgId)).toEqual({ responses: 0, answers: 0, n: 0 });
  });

  it(`allows ${WIDGET_LIMITS.perWidget.limit} submissions per address and widget, then 429 with Retry-After`, async () => {
    const org = await makeOrg();
    const g = await makeWidget(org.orgId);
    const from = address();
    for (let score = 0; score < WIDGET_LIMITS.perWidget.limit; score++) expect((await post(g.token, { from, body: { score } })).status).toBe(201);
    const refused = await post(g.token, { from, body: { score: 10 } });
    expect(refused.status).toBe(429);
    expect(refused.json.error?.code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(500);
    expect(refused.headers.get("access-control-allow-origin")).toBe(SHOP);
    expect((await post(g.token, { body: { score: 10 } })).status).toBe(201);
    expect((await stored(org.orgId)).responses).toBe(WIDGET_LIMITS.perWidget.limit + 1);
  });

  it("shares the answering page's overall per-address budget, counted even for bad tokens and origins", async () => {
    const from = address();
    const now = new Date();
    for (let i = 0; i < ANSWER_LIMITS.overall.limit; i++) await hitRateLimit(db, { key: overallKey(from), ...ANSWER_LIMITS.overall, now });
    const res = await post("nosuchtokennosuchtoken", { from });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await post(f.token, { from })).status).toBe(429);
  });

  it("refuses an identical submission from the same address within a minute with 409", async () => {
    const org = await makeOrg();
    const g = await makeWidget(org.orgId);
    const from = address();
    const body = { score: 3, comment: "Slow" };
    const [a, b] = await Promise.all([post(g.token, { from, body }), post(g.token, { from, body })]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect((await post(g.token, { from, body: { score: 3, comment: "Slow" } })).json.error?.code).toBe("conflict");
    // A different answer, or the same from another address, is a new response.
    expect((await post(g.token, { from, body: { score: 4, comment: "Slow" } })).status).toBe(201);
    expect((await post(g.token, { body })).status).toBe(201);
    // After the window the same answer counts again.
    const target = await unsafeFindWidgetByToken(db, g.token);
    const later = new Date(Date.now() + WIDGET_LIMITS.repeatWindowMs + 1000);
    await expect(submitWidgetResponse(db, { target: target!, readBody: async () => body, address: from, now: later })).resolves.toEqual({ status: "stored" });
    expect((await stored(org.orgId)).responses).toBe(4);
  });
});

describe("widget settings", () => {
  it("saves a deduplicated, normalized list of at most 20, scoped to the organization", async () => {
    const org = await makeOrg();
    const g = await makeWidget(org.orgId);
    const saved = await updateAllowedOrigins(db, { orgId: org.orgId, surveyId: g.surveyId, actor: {}, origins: ["https://A.example.com/", "", "https://a.example.com", "http://localhost:8080"] });
    expect(saved).toEqual(["https://a.example.com", "http://localhost:8080"]);
    expect((await db.survey.findUniqueOrThrow({ where: { id: g.surveyId } })).allowedOrigins).toEqual(saved);
    const many = Array.from({ length: 21 }, (_, i) => `https://s${i}.example.com`);
    await expect(updateAllowedOrigins(db, { orgId: org.orgId, surveyId: g.surveyId, actor: {}, origins: many })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(updateAllowedOrigins(db, { orgId: acme.orgId, surveyId: g.surveyId, actor: {}, origins: [] })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "survey.widget_origins" } })).toBe(2);
  });

  it("the settings action refuses bad origins with field errors by line, and saves good ones", async () => {
    const org = await makeOrg();
    const g = await makeWidget(org.orgId);
    session.member = { userId: org.ownerId, name: "Olive", email: org.email, orgId: org.orgId, orgName: "Org", membershipId: "m", role: "CX_LEADER", teamId: null };
    const form = (origins: string) => {
      const data = new FormData();
      data.set("surveyId", g.surveyId);
      data.set("origins", origins);
      return data;
    };
    const refused = await saveAllowedOriginsAction(null, form("https://ok.example.com\nhttps://shop.example.com/cart\n*.example.com"));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { origins: expect.stringMatching(/^Line 2 \(https:\/\/shop\.example\.com\/cart\): .*\nLine 3 \(\*\.example\.com\): Wildcards/) } });
    expect((await db.survey.findUniqueOrThrow({ where: { id: g.surveyId } })).allowedOrigins).toEqual([SHOP]);
    const saved = await saveAllowedOriginsAction(null, form("https://OK.example.com/\r\n\r\nhttps://ok.example.com"));
    expect(saved).toMatchObject({ ok: true, data: { origins: ["https://ok.example.com"] } });
    session.member = { ...session.member, role: "FRONTLINE" };
    expect(await saveAllowedOriginsAction(null, form(""))).toMatchObject({ ok: false, message: "Your role does not allow this" });
    session.member = null;
  });

  it("makes one widget per survey and team, even under concurrency, with a 128-bit token", async () => {
    const org = await makeOrg();
    const survey = await makeSurvey(org.orgId);
    const team = await makeTeam(org.orgId);
    const made = await Promise.all(Array.from({ length: 5 }, () => getOrCreateWidget(db, { orgId: org.orgId, surveyId: survey.id, teamId: team.id, actor: {} })));
    expect(new Set(made.map((w) => w.token)).size).toBe(1);
    expect(made[0]?.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const settings = await getWidgetSettings(db, { orgId: org.orgId, surveyId: survey.id });
    expect(settings.widgets).toEqual([{ id: made[0]?.id, teamId: team.id, teamName: team.name, token: made[0]?.token }]);
    expect(settings.preview?.question.max).toBe(10);
  });

  it("refuses a widget without a team of the organization, for employee surveys and for closed ones", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const survey = await makeSurvey(org.orgId);
    const theirTeam = await makeTeam(other.orgId);
    await expect(getOrCreateWidget(db, { orgId: org.orgId, surveyId: survey.id, teamId: theirTeam.id, actor: {} })).rejects.toMatchObject({ code: "validation_failed", issues: [{ path: ["teamId"] }] });
    await expect(getOrCreateWidget(db, { orgId: other.orgId, surveyId: survey.id, teamId: theirTeam.id, actor: {} })).rejects.toMatchObject({ code: "not_found" });
    const team = await makeTeam(org.orgId);
    const pulse = await makeSurvey(org.orgId, { audience: "EMPLOYEE" });
    await expect(getOrCreateWidget(db, { orgId: org.orgId, surveyId: pulse.id, teamId: team.id, actor: {} })).rejects.toMatchObject({ code: "conflict" });
    await expect(updateAllowedOrigins(db, { orgId: org.orgId, surveyId: pulse.id, actor: {}, origins: [SHOP] })).rejects.toMatchObject({ code: "conflict" });
    await db.survey.update({ where: { id: survey.id }, data: { status: "CLOSED" } });
    await expect(getOrCreateWidget(db, { orgId: org.orgId, surveyId: survey.id, teamId: team.id, actor: {} })).rejects.toMatchObject({ code: "conflict" });
    expect(await db.distribution.count({ where: { orgId: org.orgId, kind: "WIDGET" } })).toBe(0);
  });
});

describe("/widget.js", () => {
  it("is cacheable JavaScript under 8 kB that parses, with an ETag for revalidation", async () => {
    const res = getScript(new Request("http://localhost/widget.js"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const text = await res.text();
    expect(text).toBe(WIDGET_SCRIPT);
    expect(Buffer.byteLength(text)).toBeLessThan(8 * 1024);
    expect(() => new Function(text)).not.toThrow();
    expect(text).not.toMatch(/innerHTML|eval\(|document\.write/);
    const again = getScript(new Request("http://localhost/widget.js", { headers: { "if-none-match": res.headers.get("etag") ?? "" } }));
    expect(again.status).toBe(304);
  });
});
