import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/surveys/route";
import * as item from "@/app/api/v1/surveys/[id]/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { db } from "@/server/db";
import { makeOrg, makeSurvey } from "../factories";
import { call } from "../http";

let acme: Awaited<ReturnType<typeof makeOrg>>;
let globex: Awaited<ReturnType<typeof makeOrg>>;

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  globex = await makeOrg({ name: "Globex" });
});

const counts = async (orgId: string) => ({ surveys: await db.survey.count({ where: { orgId } }), questions: await db.question.count({ where: { orgId } }) });
const listUrl = (query: string) => `http://localhost/api/v1/surveys${query}`;
type Survey = { id: string; title: string; audience: string; metric: string; status: string; createdAt: string; questions: Record<string, unknown>[] };

describe("POST /api/v1/surveys", () => {
  it.each([
    ["CUSTOMER", "NPS", "NPS", 0, 10, "How likely are you to recommend Acme to a friend or colleague?"],
    ["CUSTOMER", "CSAT", "CSAT", 1, 5, "How satisfied were you with your experience?"],
    ["EMPLOYEE", "ENPS", "NPS", 0, 10, "How likely are you to recommend Acme as a place to work?"],
  ])("creates an ACTIVE %s %s survey with its headline question", async (audience, metric, type, scaleMin, scaleMax, prompt) => {
    const res = await call(collection.POST, "POST", { key: acme.apiKey, body: { title: `  ${metric} survey  `, audience, metric } });
    expect(res.status).toBe(201);
    const survey = res.json as unknown as Survey;
    expect(survey).toMatchObject({ title: `${metric} survey`, audience, metric, status: "ACTIVE" });
    expect(Object.keys(survey).sort()).toEqual(["audience", "createdAt", "id", "metric", "questions", "status", "title"]);
    expect(new Date(survey.createdAt).toISOString()).toBe(survey.createdAt);
    expect(survey.questions).toEqual([{ id: expect.any(String), type, prompt, position: 0, isHeadline: true, scaleMin, scaleMax }]);

    const stored = await db.survey.findUniqueOrThrow({ where: { id: survey.id }, include: { questions: true } });
    expect(stored.orgId).toBe(acme.orgId);
    expect(stored.anonymous).toBe(audience === "EMPLOYEE");
    expect(stored.questions).toHaveLength(1);
    expect(stored.questions[0]).toMatchObject({ orgId: acme.orgId, required: true, isHeadline: true });

    const audit = await db.auditLog.findFirst({ where: { orgId: acme.orgId, targetId: survey.id } });
    expect(audit).toMatchObject({ action: "survey.create", actorKeyId: acme.apiKeyId, targetType: "Survey" });
  });

  it.each([
    ["ENPS", "CUSTOMER"],
    ["NPS", "EMPLOYEE"],
    ["CSAT", "EMPLOYEE"],
  ])("refuses metric %s for a %s survey with an issue on metric, and stores nothing", async (metric, audience) => {
    const before = await counts(acme.orgId);
    const res = await call(collection.POST, "POST", { key: acme.apiKey, body: { title: "Mismatch", audience, metric } });
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("validation_failed");
    expect(res.json.error?.issues).toEqual([{ path: ["metric"], message: expect.stringContaining(metric) }]);
    expect(await counts(acme.orgId)).toEqual(before);
  });

  it.each([
    ["missing title", { audience: "CUSTOMER", metric: "NPS" }],
    ["blank title", { title: "   ", audience: "CUSTOMER", metric: "NPS" }],
    ["title over 200 characters", { title: "x".repeat(201), audience: "CUSTOMER", metric: "NPS" }],
    ["title holding U+0000", { title: "a\u0000b", audience: "CUSTOMER", metric: "NPS" }],
    ["unknown audience", { title: "T", audience: "PARTNER", metric: "NPS" }],
    ["unknown metric", { title: "T", audience: "CUSTOMER", metric: "CES" }],
    ["lower-case metric", { title: "T", audience: "CUSTOMER", metric: "nps" }],
    ["unknown field", { title: "T", audience: "CUSTOMER", metric: "NPS", status: "DRAFT" }],
    ["array body", [{ title: "T", audience: "CUSTOMER", metric: "NPS" }]],
  ])("refuses %s with 400 and stores nothing", async (_label, body) => {
    const before = await counts(acme.orgId);
    const res = await call(collection.POST, "POST", { key: acme.apiKey, body });
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("validation_failed");
    expect(await counts(acme.orgId)).toEqual(before);
  });

  it("refuses malformed JSON, a missing Content-Type and a body over 1 MB", async () => {
    const before = await counts(acme.orgId);
    expect((await call(collection.POST, "POST", { key: acme.apiKey, rawBody: '{"title": ' })).status).toBe(400);
    const untyped = new Request("http://localhost/api/v1/surveys", { method: "POST", headers: { authorization: `Bearer ${acme.apiKey}` }, body: "{}" });
    const res = await collection.POST(untyped, { params: Promise.resolve({}) });
    expect(res.status).toBe(415);
    const big = await call(collection.POST, "POST", { key: acme.apiKey, rawBody: JSON.stringify({ title: "x", pad: "z".repeat(1_100_000) }) });
    expect(big.status).toBe(413);
    expect(await counts(acme.orgId)).toEqual(before);
  });

  it("answers 401 to a forged key", async () => {
    const res = await call(collection.POST, "POST", { key: "tdm_forged", body: { title: "T", audience: "CUSTOMER", metric: "NPS" } });
    expect(res.status).toBe(401);
  });
});

describe("GET /api/v1/surveys", () => {
  it("lists only the organization's surveys, newest first, with filters", async () => {
    const org = await makeOrg({ name: "Lister" });
    const nps = await makeSurvey(org.orgId, { metric: "NPS" });
    const enps = await makeSurvey(org.orgId, { metric: "ENPS" });
    const csat = await makeSurvey(org.orgId, { metric: "CSAT" });
    await makeSurvey(globex.orgId, { metric: "NPS" });

    const all = await call(collection.GET, "GET", { key: org.apiKey, url: listUrl("") });
    expect(all.status).toBe(200);
    expect((all.json.surveys as Survey[]).map((s) => s.id)).toEqual([csat.id, enps.id, nps.id]);
    expect((all.json.surveys as Survey[])[0]).toEqual(csat);

    const employee = await call(collection.GET, "GET", { key: org.apiKey, url: listUrl("?audience=EMPLOYEE") });
    expect((employee.json.surveys as Survey[]).map((s) => s.id)).toEqual([enps.id]);
    const both = await call(collection.GET, "GET", { key: org.apiKey, url: listUrl("?audience=CUSTOMER&metric=NPS") });
    expect((both.json.surveys as Survey[]).map((s) => s.id)).toEqual([nps.id]);
    const none = await call(collection.GET, "GET", { key: org.apiKey, url: listUrl("?audience=EMPLOYEE&metric=CSAT") });
    expect(none.json).toEqual({ surveys: [] });
  });

  it.each([
    ["an unknown parameter", "?status=ACTIVE"],
    ["an unknown audience", "?audience=PARTNER"],
    ["an unknown metric", "?metric=CES"],
    ["a repeated parameter", "?metric=NPS&metric=CSAT"],
  ])("refuses %s with 400", async (_label, query) => {
    const res = await call(collection.GET, "GET", { key: acme.apiKey, url: listUrl(query) });
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("validation_failed");
  });

  it("answers 401 without a key", async () => {
    expect((await call(collection.GET, "GET", { url: listUrl("") })).status).toBe(401);
  });
});

describe("GET /api/v1/surveys/{id}", () => {
  it("gets the survey with its questions", async () => {
    const survey = await makeSurvey(acme.orgId, { metric: "CSAT" });
    const res = await call(item.GET, "GET", { key: acme.apiKey, params: { id: survey.id } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(survey);
  });

  it("answers 404 alike for another organization's survey and unknown ids", async () => {
    const theirs = await makeSurvey(globex.orgId, { metric: "NPS" });
    const foreign = await call(item.GET, "GET", { key: acme.apiKey, params: { id: theirs.id } });
    const unknown = await call(item.GET, "GET", { key: acme.apiKey, params: { id: "no-such-survey" } });
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(foreign.json).toEqual(unknown.json);
    for (const id of ["x".repeat(500), "bad\u0000id", ""]) {
      expect((await call(item.GET, "GET", { key: acme.apiKey, params: { id } })).status).toBe(404);
    }
    const list = await call(collection.GET, "GET", { key: acme.apiKey, url: listUrl("") });
    expect((list.json.surveys as Survey[]).some((s) => s.id === theirs.id)).toBe(false);
  });
});

describe("OpenAPI", () => {
  it("describes the surveys and responses operations with the handlers' schemas", async () => {
    const res = await call(openapi.GET as never, "GET");
    const doc = res.json as { paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/surveys", "/api/v1/surveys/{id}", "/api/v1/responses"]));
    expect(Object.keys(doc.paths["/api/v1/surveys"] ?? {}).sort()).toEqual(["get", "post"]);
    const body = JSON.stringify(doc.paths["/api/v1/responses"]?.post?.requestBody);
    expect(body).toContain('"maxItems":1000');
    expect(body).toContain('"maxLength":5000');
    const params = doc.paths["/api/v1/surveys"]?.get?.parameters as { name: string; required: boolean }[];
    expect(params.map((p) => [p.name, p.required])).toEqual([["audience", false], ["metric", false]]);
  });
});
