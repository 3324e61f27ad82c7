import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import * as route from "@/app/api/v1/responses/route";
import { db } from "@/server/db";
import { makeOrg, makeSurvey, makeTeam } from "../factories";
import { call } from "../http";

type Org = Awaited<ReturnType<typeof makeOrg>>;
type Item = Record<string, unknown>;
let acme: Org, globex: Org;
let nps: string, csat: string, enps: string, team1: string, team2: string, theirSurvey: string, theirTeam: string;

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  globex = await makeOrg({ name: "Globex" });
  [nps, csat, enps] = (await Promise.all([makeSurvey(acme.orgId, { metric: "NPS" }), makeSurvey(acme.orgId, { metric: "CSAT" }), makeSurvey(acme.orgId, { metric: "ENPS" })])).map((s) => s.id) as [string, string, string];
  [team1, team2] = (await Promise.all([makeTeam(acme.orgId, { name: "North" }), makeTeam(acme.orgId, { name: "South" })])).map((t) => t.id) as [string, string];
  theirSurvey = (await makeSurvey(globex.orgId, { metric: "NPS" })).id;
  theirTeam = (await makeTeam(globex.orgId)).id;
});

const post = (items: Item[], key = acme.apiKey) => call(route.POST, "POST", { key, body: { responses: items } });
const item = (overrides: Item = {}): Item => ({ surveyId: nps, teamId: team1, score: 9, submittedAt: "2024-05-01T10:00:00Z", ...overrides });
// it.each tables are built before beforeAll has made the ids: they name them, this resolves them.
const PLACEHOLDERS: Record<string, () => string> = { CSAT_SURVEY: () => csat, THEIR_SURVEY: () => theirSurvey, THEIR_TEAM: () => theirTeam };
const resolve = (fields: Item): Item => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === "string" && PLACEHOLDERS[v] ? PLACEHOLDERS[v]() : v]));

/** What a failed batch must leave unchanged. */
async function stored(orgId = acme.orgId) {
  const [responses, answers, rollups, n] = await Promise.all([
    db.response.count({ where: { orgId } }),
    db.answer.count({ where: { orgId } }),
    db.dailyRollup.count({ where: { orgId } }),
    db.dailyRollup.aggregate({ where: { orgId }, _sum: { n: true } }),
  ]);
  return { responses, answers, rollups, n: n._sum.n ?? 0 };
}

type RollupRow = { surveyId: string; teamId: string; day: string; metric: string; n: number; h: number[] };
const H = ["h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10"] as const;

async function rollups(orgId = acme.orgId, surveyIds?: string[]): Promise<RollupRow[]> {
  const rows = await db.dailyRollup.findMany({ where: { orgId, ...(surveyIds ? { surveyId: { in: surveyIds } } : {}) }, orderBy: [{ surveyId: "asc" }, { teamId: "asc" }, { day: "asc" }] });
  return rows.map((r) => ({ surveyId: r.surveyId, teamId: r.teamId, day: r.day.toISOString().slice(0, 10), metric: r.metric, n: r.n, h: H.map((k) => r[k]) }));
}

/** The invariant the metrics readers rely on, recomputed from the Response table. */
async function rollupsFromResponses(orgId = acme.orgId): Promise<RollupRow[]> {
  const rows = await db.$queryRaw<{ surveyId: string; teamId: string; day: string; metric: string; scores: number[] }[]>`
    SELECT r."surveyId", r."teamId", to_char(r."submittedOn", 'YYYY-MM-DD') AS day, s."metric"::text AS metric, array_agg(r."score") AS scores
    FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId"
    WHERE r."orgId" = ${orgId} AND r."score" IS NOT NULL
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3`;
  return rows.map(({ scores, ...key }) => ({ ...key, n: scores.length, h: H.map((_, i) => scores.filter((s) => s === i).length) }));
}

const hist = (counts: Record<number, number>) => H.map((_, i) => counts[i] ?? 0);

describe("POST /api/v1/responses: a valid batch", () => {
  it("stores responses, headline answers and exactly the right rollups; a second batch on the same keys adds up", async () => {
    const org = await makeOrg({ name: "Hand" });
    const s = await makeSurvey(org.orgId, { metric: "NPS" });
    const c = await makeSurvey(org.orgId, { metric: "CSAT" });
    const [t1, t2] = [await makeTeam(org.orgId), await makeTeam(org.orgId)];
    const batch: Item[] = [
      { surveyId: s.id, teamId: t1.id, score: 10, submittedAt: "2024-03-01T08:00:00Z", comment: "  Great  " },
      { surveyId: s.id, teamId: t1.id, score: 9, submittedAt: "2024-03-01T23:59:59.999Z" },
      { surveyId: s.id, teamId: t1.id, score: 0, submittedAt: "2024-03-02T03:00:00+05:00" }, // 2024-03-01T22:00Z
      { surveyId: s.id, teamId: t1.id, score: 6, submittedAt: "2024-03-02", comment: "   " },
      { surveyId: s.id, teamId: t2.id, score: 7, submittedAt: "2024-03-01T12:00:00-13:00" }, // 2024-03-02T01:00Z
      { surveyId: c.id, teamId: t2.id, score: 5, submittedAt: "2024-03-01" },
      { surveyId: c.id, teamId: t2.id, score: 1, submittedAt: "2024-03-01T10:00:00Z" },
    ];
    const res = await call(route.POST, "POST", { key: org.apiKey, body: { responses: batch } });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ created: 7 });

    const expected = (times: number): RollupRow[] => [
      { surveyId: s.id, teamId: t1.id, day: "2024-03-01", metric: "NPS", n: 3 * times, h: hist({ 0: times, 9: times, 10: times }) },
      { surveyId: s.id, teamId: t1.id, day: "2024-03-02", metric: "NPS", n: times, h: hist({ 6: times }) },
      { surveyId: s.id, teamId: t2.id, day: "2024-03-02", metric: "NPS", n: times, h: hist({ 7: times }) },
      { surveyId: c.id, teamId: t2.id, day: "2024-03-01", metric: "CSAT", n: 2 * times, h: hist({ 1: times, 5: times }) },
    ];
    const byKey = (rows: RollupRow[]) => [...rows].sort((a, b) => `${a.surveyId}${a.teamId}${a.day}`.localeCompare(`${b.surveyId}${b.teamId}${b.day}`));
    expect(byKey(await rollups(org.orgId))).toEqual(byKey(expected(1)));

    const responses = await db.response.findMany({ where: { orgId: org.orgId }, include: { answers: true } });
    expect(responses).toHaveLength(7);
    const question = await db.question.findFirstOrThrow({ where: { surveyId: s.id, isHeadline: true } });
    const great = responses.find((r) => r.comment === "Great");
    expect(great).toMatchObject({ score: 10, submittedAt: new Date("2024-03-01T08:00:00Z"), respondentEmail: null, idempotencyKey: null });
    expect(great?.answers).toEqual([expect.objectContaining({ orgId: org.orgId, questionId: question.id, numberValue: 10, textValue: null })]);
    expect(responses.find((r) => r.score === 6)).toMatchObject({ comment: null, submittedAt: new Date("2024-03-02T00:00:00Z") });
    expect(responses.every((r) => r.answers.length === 1 && r.answers[0]?.numberValue === r.score)).toBe(true);

    expect((await call(route.POST, "POST", { key: org.apiKey, body: { responses: batch } })).json).toEqual({ created: 7 });
    expect(byKey(await rollups(org.orgId))).toEqual(byKey(expected(2)));
    expect(await rollups(org.orgId)).toEqual(await rollupsFromResponses(org.orgId));

    const audits = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "responses.ingest" } });
    expect(audits.map((a) => [a.actorKeyId, a.metadata])).toEqual([[org.apiKeyId, { created: 7 }], [org.apiKeyId, { created: 7 }]]);
  });

  it("defaults submittedAt to now", async () => {
    const before = Date.now();
    const key = `default-now-${Math.random()}`;
    expect((await post([{ surveyId: nps, teamId: team2, score: 8, idempotencyKey: key }])).status).toBe(201);
    const [row] = await db.response.findMany({ where: { orgId: acme.orgId, teamId: team2, submittedAt: { gte: new Date(before - 1) } } });
    expect(row?.submittedAt?.getTime()).toBeLessThanOrEqual(Date.now());
    expect(row?.submittedOn.toISOString().slice(0, 10)).toBe(row?.submittedAt?.toISOString().slice(0, 10));
  });

  it("stores employee responses without identity and with the day only", async () => {
    const key = "employee-4711-round-3";
    const res = await post([{ surveyId: enps, teamId: team1, score: 3, submittedAt: "2024-06-03T17:45:12Z", idempotencyKey: key, comment: "Too much overtime" }]);
    expect(res.status).toBe(201);
    const row = await db.response.findFirstOrThrow({ where: { orgId: acme.orgId, surveyId: enps, comment: "Too much overtime" } });
    expect(row).toMatchObject({ submittedAt: null, respondentEmail: null, distributionId: null, score: 3 });
    expect(row.submittedOn.toISOString()).toBe("2024-06-03T00:00:00.000Z");
    // The key is kept only as a keyed digest, so it can't name the employee.
    expect(row.idempotencyKey).toMatch(/^[0-9a-f]{64}$/);
    expect(row.idempotencyKey).not.toContain("4711");
  });
});

describe("POST /api/v1/responses: all or nothing", () => {
  const future = new Date(Date.now() + 60 * 60_000).toISOString();
  it.each<[string, Item, string]>([
    ["a fractional score", { score: 7.5 }, "score"],
    ["a score as a string", { score: "7" }, "score"],
    ["a null score", { score: null }, "score"],
    ["a missing score", { score: undefined }, "score"],
    ["a score above the scale", { score: 11 }, "score"],
    ["a negative score", { score: -1 }, "score"],
    ["a CSAT score of 6", { surveyId: "CSAT_SURVEY", score: 6 }, "score"],
    ["a CSAT score of 0", { surveyId: "CSAT_SURVEY", score: 0 }, "score"],
    ["a comment over 5,000 characters", { comment: "c".repeat(5001) }, "comment"],
    ["a comment that is not a string", { comment: 42 }, "comment"],
    ["a comment holding U+0000", { comment: "a\u0000b" }, "comment"],
    ["a submittedAt in the future", { submittedAt: future }, "submittedAt"],
    ["a submittedAt without an offset", { submittedAt: "2024-05-01T10:00:00" }, "submittedAt"],
    ["a submittedAt that is no date", { submittedAt: "yesterday" }, "submittedAt"],
    ["an impossible date", { submittedAt: "2023-02-29" }, "submittedAt"],
    ["a submittedAt before 2000", { submittedAt: "0001-01-01" }, "submittedAt"],
    ["an empty idempotencyKey", { idempotencyKey: "" }, "idempotencyKey"],
    ["an idempotencyKey over 200 characters", { idempotencyKey: "k".repeat(201) }, "idempotencyKey"],
    ["a numeric idempotencyKey", { idempotencyKey: 42 }, "idempotencyKey"],
    ["a missing surveyId", { surveyId: undefined }, "surveyId"],
    ["a missing teamId", { teamId: undefined }, "teamId"],
  ])("refuses %s with 400 naming the item, and stores nothing", async (_label, bad, field) => {
    const before = await stored();
    const res = await post([item({ score: 10 }), item({ score: 0 }), item({ score: 5 }), item(resolve(bad))]);
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("validation_failed");
    expect(res.json.error?.message).toMatch(/^Item 3: /);
    expect(res.json.error?.issues).toContainEqual({ path: ["responses", 3, field], message: expect.any(String) });
    expect(await stored()).toEqual(before);
  });

  it.each<[string, Item, string]>([
    ["an unknown survey", { surveyId: "no-such-survey" }, "surveyId"],
    ["another organization's survey", { surveyId: "THEIR_SURVEY" }, "surveyId"],
    ["an unknown team", { teamId: "no-such-team" }, "teamId"],
    ["another organization's team", { teamId: "THEIR_TEAM" }, "teamId"],
  ])("refuses %s with 404 naming the item, and stores nothing in either organization", async (_label, bad, field) => {
    const [before, theirs] = [await stored(), await stored(globex.orgId)];
    const res = await post([item(), item({ surveyId: csat, score: 4 }), item(resolve(bad))]);
    expect(res.status).toBe(404);
    expect(res.json.error).toEqual({
      code: "not_found",
      message: `Item 2: ${field}: ${field === "surveyId" ? "Survey" : "Team"} not found`,
      issues: [{ path: ["responses", 2, field], message: `${field === "surveyId" ? "Survey" : "Team"} not found` }],
    });
    expect([await stored(), await stored(globex.orgId)]).toEqual([before, theirs]);
  });

  it("lists every bad item and names the first in the message", async () => {
    const res = await post([item(), item({ score: 12 }), item(), item({ comment: 1, score: "x" })]);
    expect(res.json.error?.message).toMatch(/^Item 1: score: /);
    expect((res.json.error?.issues as { path: unknown[] }[]).map((i) => i.path)).toEqual([["responses", 1, "score"], ["responses", 3, "score"], ["responses", 3, "comment"]]);
  });

  it.each([
    ["no items", { responses: [] }],
    ["no responses field", {}],
    ["responses that are not an array", { responses: { surveyId: "x" } }],
    ["an item that is not an object", { responses: [42] }],
    ["an unknown item field", { responses: [{ surveyId: "s", teamId: "t", score: 1, respondentEmail: "a@b.c" }] }],
    ["an unknown top-level field", { responses: [{ surveyId: "s", teamId: "t", score: 1 }], dryRun: true }],
  ])("refuses %s with 400", async (_label, body) => {
    const before = await stored();
    const res = await call(route.POST, "POST", { key: acme.apiKey, body });
    expect(res.status).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it("refuses 1001 items and stores all of 1000", async () => {
    const before = await stored();
    const items = (n: number) => Array.from({ length: n }, (_, i) => item({ score: i % 11, teamId: i % 2 ? team1 : team2, submittedAt: "2024-04-01" }));
    const tooMany = await post(items(1001));
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error?.issues).toEqual([{ path: ["responses"], message: expect.stringContaining("1000") }]);
    expect(await stored()).toEqual(before);
    const full = await post(items(1000));
    expect(full.status).toBe(201);
    expect(full.json).toEqual({ created: 1000 });
    const after = await stored();
    expect([after.responses - before.responses, after.answers - before.answers, after.n - before.n]).toEqual([1000, 1000, 1000]);
  });

  it("refuses malformed JSON (400), a missing Content-Type (415), a body over 1 MB (413) and a forged key (401)", async () => {
    const before = await stored();
    expect((await call(route.POST, "POST", { key: acme.apiKey, rawBody: '{"responses": [' })).status).toBe(400);
    const untyped = new Request("http://localhost/api/v1/responses", { method: "POST", headers: { authorization: `Bearer ${acme.apiKey}` }, body: JSON.stringify({ responses: [item()] }) });
    expect((await route.POST(untyped, { params: Promise.resolve({}) })).status).toBe(415);
    const big = { responses: Array.from({ length: 300 }, () => item({ comment: "w".repeat(4000) })) };
    expect((await call(route.POST, "POST", { key: acme.apiKey, body: big })).status).toBe(413);
    const forged = await post([item()], "tdm_forged-key");
    expect(forged.status).toBe(401);
    expect(forged.json.error?.code).toBe("unauthorized");
    expect(await stored()).toEqual(before);
  });
});

describe("POST /api/v1/responses: idempotency", () => {
  it("stores a key repeated within a batch once (the first occurrence)", async () => {
    const before = await stored();
    const res = await post([item({ idempotencyKey: "dup-1", score: 2 }), item({ idempotencyKey: "dup-1", score: 10 }), item({ idempotencyKey: "dup-2" })]);
    expect(res.json).toEqual({ created: 2 });
    const after = await stored();
    expect([after.responses - before.responses, after.answers - before.answers, after.n - before.n]).toEqual([2, 2, 2]);
    expect(await db.response.count({ where: { orgId: acme.orgId, score: 10, submittedAt: new Date("2024-05-01T10:00:00Z") } })).toBe(0);
  });

  it("stores nothing new for a key stored by an earlier request, and keys are per organization", async () => {
    expect((await post([item({ idempotencyKey: "again" })])).json).toEqual({ created: 1 });
    const before = await stored();
    expect((await post([item({ idempotencyKey: "again", score: 1 }), item({ idempotencyKey: "fresh" })])).json).toEqual({ created: 1 });
    const after = await stored();
    expect([after.responses - before.responses, after.n - before.n]).toEqual([1, 1]);
    expect((await post([item({ surveyId: theirSurvey, teamId: theirTeam, idempotencyKey: "again" })], globex.apiKey)).json).toEqual({ created: 1 });
  });

  it("stores each response once when identical and overlapping batches arrive at the same time, without deadlocks", async () => {
    const org = await makeOrg();
    const s = await makeSurvey(org.orgId, { metric: "NPS" });
    const teams = [await makeTeam(org.orgId), await makeTeam(org.orgId)];
    const send = (items: Item[]) => call(route.POST, "POST", { key: org.apiKey, body: { responses: items } });
    // Full-size batches in opposite orders: without the server's key ordering, these deadlock.
    for (const round of [1, 2]) {
      const batch = Array.from({ length: 1000 }, (_, i) => ({ surveyId: s.id, teamId: teams[i % 2]?.id, score: i % 11, submittedAt: `2024-02-0${1 + (i % 3)}`, idempotencyKey: `k-${round}-${i}` }));
      const results = await Promise.all([send(batch), send([...batch].reverse()), send(batch), send(batch.slice(250, 750).reverse())]);
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect(results.reduce((sum, r) => sum + (r.json.created as number), 0)).toBe(1000);
      expect(await stored(org.orgId)).toMatchObject({ responses: 1000 * round, answers: 1000 * round, n: 1000 * round });
    }
    expect(await rollups(org.orgId)).toEqual(await rollupsFromResponses(org.orgId));
  });
});

describe("POST /api/v1/responses: rollups match the responses (property)", () => {
  it("after random valid batches, every rollup row equals a GROUP BY over Response", async () => {
    const org = await makeOrg();
    const surveys = await Promise.all((["NPS", "CSAT", "ENPS"] as const).map((metric) => makeSurvey(org.orgId, { metric })));
    const teams = await Promise.all([0, 1, 2].map(() => makeTeam(org.orgId)));
    const arbItem = fc
      .record({
        survey: fc.constantFrom(...surveys),
        team: fc.constantFrom(...teams),
        draw: fc.integer({ min: 0, max: 10 }),
        at: fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2024-01-05T23:59:59Z"), noInvalidDate: true }),
        offset: fc.constantFrom("Z", "+05:30", "-08:00", "date"),
        key: fc.option(fc.integer({ min: 0, max: 40 }).map((k) => `p-${k}`), { nil: undefined }),
      })
      .map(({ survey, team, draw, at, offset, key }): Item => {
        const local = new Date(at.getTime() + (offset === "+05:30" ? 330 : offset === "-08:00" ? -480 : 0) * 60_000).toISOString().slice(0, 19);
        const submittedAt = offset === "date" ? local.slice(0, 10) : offset === "Z" ? `${local}Z` : `${local}${offset}`;
        return { surveyId: survey.id, teamId: team.id, score: survey.metric === "CSAT" ? 1 + (draw % 5) : draw, submittedAt, ...(key ? { idempotencyKey: key } : {}) };
      });
    await fc.assert(
      fc.asyncProperty(fc.array(arbItem, { minLength: 1, maxLength: 60 }), async (items) => {
        const res = await call(route.POST, "POST", { key: org.apiKey, body: { responses: items } });
        expect(res.status).toBe(201);
        expect(await rollups(org.orgId)).toEqual(await rollupsFromResponses(org.orgId));
        const counts = await stored(org.orgId);
        expect(counts.answers).toBe(counts.responses);
        expect(counts.n).toBe(counts.responses);
      }),
      { numRuns: 20, seed: 20240501 },
    );
  });
});
