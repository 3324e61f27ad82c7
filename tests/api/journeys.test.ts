import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/journeys/route";
import * as item from "@/app/api/v1/journeys/[id]/route";
import * as mapRoute from "@/app/api/v1/journeys/[id]/map/route";
import * as journeyStages from "@/app/api/v1/journeys/[id]/stages/route";
import * as metrics from "@/app/api/v1/metrics/route";
import * as stage from "@/app/api/v1/stages/[id]/route";
import * as move from "@/app/api/v1/stages/[id]/move/route";
import * as questions from "@/app/api/v1/stages/[id]/questions/route";
import * as unlink from "@/app/api/v1/stages/[id]/questions/[questionId]/route";
import * as servedBy from "@/app/api/v1/stages/[id]/served-by/route";
import * as stageTouchpoints from "@/app/api/v1/stages/[id]/touchpoints/route";
import * as touchpoint from "@/app/api/v1/touchpoints/[id]/route";
import { journeyDtoSchema, journeyMapDtoSchema } from "@/lib/schemas/journey";
import { db } from "@/server/db";
import { makeOrg, makeTeam } from "../factories";
import { addScores, makeSurvey, nps, repeat, setThresholds } from "../factories/rollups";
import { call } from "../http";

type Org = Awaited<ReturnType<typeof makeOrg>>;
type Json = Record<string, unknown>;
type StageJson = { id: string; position: number; name: string; touchpoints: Json[]; questions: Json[]; servedByStageId: string | null };

let acme: Org;
let globex: Org;

beforeAll(async () => {
  [acme, globex] = await Promise.all([makeOrg({ name: "Acme" }), makeOrg({ name: "Globex" })]);
});

const create = (org: Org, body: unknown) => call(collection.POST, "POST", { key: org.apiKey, body });
const stagesOf = (json: Json) => json.stages as StageJson[];
const headlineOf = (surveyId: string) => db.question.findFirstOrThrow({ where: { surveyId, isHeadline: true }, select: { id: true } });
const mapOf = (org: Org, journeyId: string, qs: string) =>
  call(mapRoute.GET, "GET", { key: org.apiKey, params: { id: journeyId }, url: `http://localhost/api/v1/journeys/${journeyId}/map?${qs}` });

describe("journeys: create, templates, list", () => {
  it("creates a retail customer journey from its template", async () => {
    const res = await create(acme, { kind: "CUSTOMER", name: "Shopper", persona: "Busy parent", template: "retail-customer" });
    expect(res.status).toBe(201);
    const stages = stagesOf(res.json);
    expect(stages.map((s) => s.name)).toEqual(["Awareness", "Consideration", "Purchase", "Usage", "Support"]);
    expect(stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4]);
    for (const s of stages) {
      expect(s.touchpoints.length).toBeGreaterThanOrEqual(1);
      expect(s.touchpoints.length).toBeLessThanOrEqual(3);
      for (const tp of s.touchpoints) expect(tp).toMatchObject({ ownerTeamId: null, channel: expect.any(String) });
    }
    const entry = await db.auditLog.findFirst({ where: { orgId: acme.orgId, targetId: res.json.id as string } });
    expect(entry).toMatchObject({ action: "journey.create", actorKeyId: acme.apiKeyId });
  });

  it("creates an employee lifecycle journey, and lists both", async () => {
    const res = await create(acme, { kind: "EMPLOYEE", name: "Staff", template: "employee-lifecycle" });
    expect(res.status).toBe(201);
    expect(stagesOf(res.json).map((s) => s.name)).toEqual(["Recruit", "Onboard", "Develop", "Retain", "Exit"]);
    const list = await call(collection.GET, "GET", { key: acme.apiKey });
    expect(list.json.journeys).toEqual(expect.arrayContaining([expect.objectContaining({ id: res.json.id, kind: "EMPLOYEE", stageCount: 5 })]));
    const other = await call(collection.GET, "GET", { key: globex.apiKey });
    expect((other.json.journeys as Json[]).some((j) => j.id === res.json.id)).toBe(false);
  });

  it.each([
    ["missing kind", { name: "X" }],
    ["unknown kind", { kind: "PARTNER", name: "X" }],
    ["unknown template", { kind: "CUSTOMER", name: "X", template: "nope" }],
    ["unknown field", { kind: "CUSTOMER", name: "X", colour: "red" }],
    ["NUL in name", { kind: "CUSTOMER", name: "a\u0000b" }],
    ["a customer journey from the employee template", { kind: "CUSTOMER", name: "X", template: "employee-lifecycle" }],
    ["an employee journey from the retail template", { kind: "EMPLOYEE", name: "X", template: "retail-customer" }],
  ])("refuses %s with 400 and stores nothing", async (_label, body) => {
    const before = await db.journey.count({ where: { orgId: acme.orgId } });
    const res = await create(acme, body);
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("validation_failed");
    expect(await db.journey.count({ where: { orgId: acme.orgId } })).toBe(before);
  });
});

describe("stages and touchpoints", () => {
  it("adds, updates, moves and deletes stages, keeping positions 0..n−1", async () => {
    const j = await create(acme, { kind: "CUSTOMER", name: "Blank" });
    const id = j.json.id as string;
    const ids: string[] = [];
    for (const name of ["A", "B", "C", "D"]) {
      const res = await call(journeyStages.POST, "POST", { key: acme.apiKey, params: { id }, body: { name, isMomentThatMatters: name === "B" } });
      expect(res.status).toBe(201);
      expect(res.json.position).toBe(ids.length);
      ids.push(res.json.id as string);
    }
    const patched = await call(stage.PATCH, "PATCH", { key: acme.apiKey, params: { id: ids[1]! }, body: { feelings: "Calm" } });
    expect(patched.json).toMatchObject({ name: "B", feelings: "Calm", isMomentThatMatters: true });
    const badPatch = await call(stage.PATCH, "PATCH", { key: acme.apiKey, params: { id: ids[1]! }, body: { name: "", feelings: 3 } });
    expect(badPatch.status).toBe(400);
    expect(await db.journeyStage.findUniqueOrThrow({ where: { id: ids[1]! } })).toMatchObject({ name: "B", feelings: "Calm" });
    const moved = await call(move.POST, "POST", { key: acme.apiKey, params: { id: ids[3]! }, body: { position: 0 } });
    expect(moved.json.position).toBe(0);
    let names = stagesOf((await call(item.GET, "GET", { key: acme.apiKey, params: { id } })).json);
    expect(names.map((s) => `${s.position}${s.name}`)).toEqual(["0D", "1A", "2B", "3C"]);
    await call(move.POST, "POST", { key: acme.apiKey, params: { id: ids[3]! }, body: { position: 99 } });
    expect((await call(stage.DELETE, "DELETE", { key: acme.apiKey, params: { id: ids[1]! } })).status).toBe(204);
    names = stagesOf((await call(item.GET, "GET", { key: acme.apiKey, params: { id } })).json);
    expect(names.map((s) => `${s.position}${s.name}`)).toEqual(["0A", "1C", "2D"]);
    const bad = await call(move.POST, "POST", { key: acme.apiKey, params: { id: ids[0]! }, body: { position: -1 } });
    expect(bad.status).toBe(400);
  });

  it("adds touchpoints with an owner team of the org, and refuses another org's team", async () => {
    const j = await create(acme, { kind: "CUSTOMER", name: "Tp", template: "retail-customer" });
    const s = stagesOf(j.json)[0]!;
    const team = await makeTeam(acme.orgId, { name: "Store" });
    const foreign = await makeTeam(globex.orgId, { name: "Theirs" });
    const ok = await call(stageTouchpoints.POST, "POST", { key: acme.apiKey, params: { id: s.id }, body: { name: "Till", ownerTeamId: team.id } });
    expect(ok.status).toBe(201);
    expect(ok.json).toMatchObject({ ownerTeamId: team.id, ownerTeamName: "Store", position: s.touchpoints.length });
    const before = await db.touchpoint.count({ where: { stageId: s.id } });
    const bad = await call(stageTouchpoints.POST, "POST", { key: acme.apiKey, params: { id: s.id }, body: { name: "X", ownerTeamId: foreign.id } });
    expect(bad.status).toBe(400);
    const badPatch = await call(touchpoint.PATCH, "PATCH", { key: acme.apiKey, params: { id: ok.json.id as string }, body: { ownerTeamId: foreign.id } });
    expect(badPatch.status).toBe(400);
    expect(await db.touchpoint.count({ where: { stageId: s.id } })).toBe(before);
    const patched = await call(touchpoint.PATCH, "PATCH", { key: acme.apiKey, params: { id: ok.json.id as string }, body: { channel: "Store" } });
    expect(patched.json).toMatchObject({ channel: "Store", ownerTeamId: team.id });
    expect((await call(touchpoint.DELETE, "DELETE", { key: acme.apiKey, params: { id: ok.json.id as string } })).status).toBe(204);
  });
});

describe("links", () => {
  it("links a question idempotently, refuses another org's question, and unlinks", async () => {
    const j = await create(acme, { kind: "CUSTOMER", name: "Links", template: "retail-customer" });
    const s = stagesOf(j.json)[2]!;
    const mine = await headlineOf((await makeSurvey(acme.orgId, "NPS")).id);
    const theirs = await headlineOf((await makeSurvey(globex.orgId, "NPS")).id);
    const first = await call(questions.POST, "POST", { key: acme.apiKey, params: { id: s.id }, body: { questionId: mine.id } });
    expect(first.status).toBe(200);
    const again = await call(questions.POST, "POST", { key: acme.apiKey, params: { id: s.id }, body: { questionId: mine.id } });
    expect((again.json.questions as Json[]).length).toBe(1);
    const bad = await call(questions.POST, "POST", { key: acme.apiKey, params: { id: s.id }, body: { questionId: theirs.id } });
    expect([400, 404]).toContain(bad.status);
    expect(await db.stageQuestion.count({ where: { questionId: theirs.id } })).toBe(0);
    const un = await call(unlink.DELETE, "DELETE", { key: acme.apiKey, params: { id: s.id, questionId: mine.id } });
    expect(un.status).toBe(204);
    expect(await db.stageQuestion.count({ where: { stageId: s.id } })).toBe(0);
  });

  it("lets only a customer stage be served by an employee stage of the same org", async () => {
    const cx = stagesOf((await create(acme, { kind: "CUSTOMER", name: "C", template: "retail-customer" })).json)[2]!;
    const ex = stagesOf((await create(acme, { kind: "EMPLOYEE", name: "E", template: "employee-lifecycle" })).json)[1]!;
    const cx2 = stagesOf((await create(acme, { kind: "CUSTOMER", name: "C2", template: "retail-customer" })).json)[0]!;
    const foreign = stagesOf((await create(globex, { kind: "EMPLOYEE", name: "G", template: "employee-lifecycle" })).json)[0]!;
    const put = (stageId: string, servedByStageId: string | null) => call(servedBy.PUT, "PUT", { key: acme.apiKey, params: { id: stageId }, body: { servedByStageId } });
    expect((await put(cx.id, cx2.id)).status).toBe(400); // customer → customer
    expect((await put(ex.id, ex.id)).status).toBe(400); // an employee stage may not point
    expect((await put(cx.id, foreign.id)).status).toBe(400); // another org's stage
    expect((await db.journeyStage.findUniqueOrThrow({ where: { id: cx.id } })).servedByStageId).toBeNull();
    const ok = await put(cx.id, ex.id);
    expect(ok.json.servedByStageId).toBe(ex.id);
    expect((await put(cx.id, null)).json.servedByStageId).toBeNull();
  });
});

describe("cross-org", () => {
  it("answers 404 to another organization for every verb", async () => {
    const j = await create(acme, { kind: "CUSTOMER", name: "Private", template: "retail-customer" });
    const id = j.json.id as string;
    const s = stagesOf(j.json)[0]!;
    const tpId = s.touchpoints[0]!.id as string;
    const q = await headlineOf((await makeSurvey(acme.orgId, "NPS")).id);
    const key = globex.apiKey;
    const results = await Promise.all([
      call(item.GET, "GET", { key, params: { id } }),
      call(item.PATCH, "PATCH", { key, params: { id }, body: { name: "Hijack" } }),
      call(item.DELETE, "DELETE", { key, params: { id } }),
      call(journeyStages.POST, "POST", { key, params: { id }, body: { name: "X" } }),
      mapOf(globex, id, "from=2026-01-01&to=2026-01-31"),
      call(stage.PATCH, "PATCH", { key, params: { id: s.id }, body: { name: "X" } }),
      call(stage.DELETE, "DELETE", { key, params: { id: s.id } }),
      call(move.POST, "POST", { key, params: { id: s.id }, body: { position: 1 } }),
      call(stageTouchpoints.POST, "POST", { key, params: { id: s.id }, body: { name: "X" } }),
      call(touchpoint.PATCH, "PATCH", { key, params: { id: tpId }, body: { name: "X" } }),
      call(touchpoint.DELETE, "DELETE", { key, params: { id: tpId } }),
      call(questions.POST, "POST", { key, params: { id: s.id }, body: { questionId: q.id } }),
      call(unlink.DELETE, "DELETE", { key, params: { id: s.id, questionId: q.id } }),
      call(servedBy.PUT, "PUT", { key, params: { id: s.id }, body: { servedByStageId: null } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 404));
    const after = await call(item.GET, "GET", { key: acme.apiKey, params: { id } });
    expect(after.json.name).toBe("Private");
    expect(stagesOf(after.json).map((x) => x.name)[0]).toBe("Awareness");
  });
});

describe("GET /api/v1/journeys/{id}/map", () => {
  it("gives a headline NPS stage the metrics API's figure for the same window and team", async () => {
    const org = await makeOrg({ name: "Mapco" });
    const north = await makeTeam(org.orgId, { name: "North" });
    const store = await makeTeam(org.orgId, { name: "Store", parentId: north.id });
    const south = await makeTeam(org.orgId, { name: "South" });
    const survey = await makeSurvey(org.orgId, "NPS");
    await addScores(org.orgId, survey.id, north.id, "2026-03-01", [10, 9, 8, 6]);
    await addScores(org.orgId, survey.id, store.id, "2026-03-31", [10, 0, 3]);
    await addScores(org.orgId, survey.id, south.id, "2026-03-10", [0, 0]);
    await addScores(org.orgId, survey.id, north.id, "2026-04-01", [0, 0, 0]); // outside the window
    const j = await create(org, { kind: "CUSTOMER", name: "Map", template: "retail-customer" });
    const purchase = stagesOf(j.json)[2]!;
    await call(questions.POST, "POST", { key: org.apiKey, params: { id: purchase.id }, body: { questionId: (await headlineOf(survey.id)).id } });

    const qs = `from=2026-03-01&to=2026-03-31&teamId=${north.id}`;
    const map = await mapOf(org, j.json.id as string, qs);
    expect(map.status).toBe(200);
    const row = (map.json.stages as Json[]).find((s) => s.stageId === purchase.id)!;
    // North subtree: 10 9 10 | 8 | 6 0 3 → P 3, passives 1, D 3, n 7: NPS 0.
    const expected = nps(3, 1, 3);
    expect(row.figure).toMatchObject({ kind: "NPS", n: 7, score: expect.closeTo(expected.score, 9), marginOfError: expect.closeTo(expected.marginOfError, 9) });
    const m = await call(metrics.GET, "GET", { key: org.apiKey, url: `http://localhost/api/v1/metrics?metric=NPS&${qs}` });
    const overall = m.json.overall as Json;
    expect(row.figure).toMatchObject({ score: overall.score, n: overall.n, marginOfError: overall.marginOfError });
    // The body is what the OpenAPI document promises.
    expect(journeyMapDtoSchema.safeParse(map.json).error).toBeUndefined();
    expect(journeyDtoSchema.safeParse(j.json).error).toBeUndefined();
    // Stages without links have no figure.
    expect((map.json.stages as Json[]).find((s) => s.stageId === stagesOf(j.json)[0]!.id)!.figure).toBeNull();
  });

  it("suppresses an employee stage figure below k, and shows it at k", async () => {
    const org = await makeOrg({ name: "Pulseco" });
    await setThresholds(org.orgId, { anonymityThreshold: 5 });
    const team = await makeTeam(org.orgId, { name: "Shop" });
    const enps = await makeSurvey(org.orgId, "ENPS");
    await addScores(org.orgId, enps.id, team.id, "2026-03-05", [10, 9, 2, 7]);
    const ex = await create(org, { kind: "EMPLOYEE", name: "Staff", template: "employee-lifecycle" });
    const onboard = stagesOf(ex.json)[1]!;
    await call(questions.POST, "POST", { key: org.apiKey, params: { id: onboard.id }, body: { questionId: (await headlineOf(enps.id)).id } });
    const cx = await create(org, { kind: "CUSTOMER", name: "Shop", template: "retail-customer" });
    const purchase = stagesOf(cx.json)[2]!;
    await call(servedBy.PUT, "PUT", { key: org.apiKey, params: { id: purchase.id }, body: { servedByStageId: onboard.id } });

    const exMap = await mapOf(org, ex.json.id as string, "from=2026-03-01&to=2026-03-31");
    expect((exMap.json.stages as Json[]).find((s) => s.stageId === onboard.id)!.figure).toEqual({ suppressed: true });
    const cxMap = await mapOf(org, cx.json.id as string, "from=2026-03-01&to=2026-03-31");
    const row = (cxMap.json.stages as Json[]).find((s) => s.stageId === purchase.id)!;
    expect(row.servedBy).toMatchObject({ stageId: onboard.id, figure: { suppressed: true } });

    await addScores(org.orgId, enps.id, team.id, "2026-03-06", repeat(10, 1));
    const shown = await mapOf(org, ex.json.id as string, "from=2026-03-01&to=2026-03-31");
    // 10 9 10 | 7 | 2 → NPS 100·(3 − 1)/5 = 40.
    expect((shown.json.stages as Json[]).find((s) => s.stageId === onboard.id)!.figure).toMatchObject({ kind: "NPS", n: 5, score: 40 });
  });

  it("counts people, not responses: 6 pulse answers from 3 people stay suppressed at k = 5", async () => {
    const org = await makeOrg({ name: "Repeatco" });
    const team = await makeTeam(org.orgId, { name: "Shop" });
    const enps = await makeSurvey(org.orgId, "ENPS");
    await addScores(org.orgId, enps.id, team.id, "2026-03-05", [10, 9, 8, 10, 9, 8]);
    for (const userId of ["u1", "u2", "u3"]) {
      for (const day of ["2026-03-05", "2026-03-06"]) {
        await db.participation.create({ data: { orgId: org.orgId, surveyId: enps.id, userId, teamId: team.id, day: new Date(`${day}T00:00:00Z`) } });
      }
    }
    const ex = await create(org, { kind: "EMPLOYEE", name: "Staff", template: "employee-lifecycle" });
    const retain = stagesOf(ex.json)[3]!;
    await call(questions.POST, "POST", { key: org.apiKey, params: { id: retain.id }, body: { questionId: (await headlineOf(enps.id)).id } });
    const map = await mapOf(org, ex.json.id as string, "from=2026-03-01&to=2026-03-31");
    expect((map.json.stages as Json[]).find((s) => s.stageId === retain.id)!.figure).toEqual({ suppressed: true });
    const m = await call(metrics.GET, "GET", { key: org.apiKey, url: "http://localhost/api/v1/metrics?metric=ENPS&from=2026-03-01&to=2026-03-31" });
    expect(m.json.overall).toEqual({ suppressed: true });
  });

  it("hides a one-pulse figure the metrics API's all-pulses eNPS would let someone subtract", async () => {
    const org = await makeOrg({ name: "Twopulse" });
    const team = await makeTeam(org.orgId, { name: "Shop" });
    const [p1, p2] = [await makeSurvey(org.orgId, "ENPS"), await makeSurvey(org.orgId, "ENPS")];
    await addScores(org.orgId, p1.id, team.id, "2026-03-05", repeat(9, 6));
    await addScores(org.orgId, p2.id, team.id, "2026-03-06", [0, 1]); // 2 people: 8 − 6 would reveal them
    const ex = await create(org, { kind: "EMPLOYEE", name: "Staff", template: "employee-lifecycle" });
    const develop = stagesOf(ex.json)[2]!;
    await call(questions.POST, "POST", { key: org.apiKey, params: { id: develop.id }, body: { questionId: (await headlineOf(p1.id)).id } });
    const window = "from=2026-03-01&to=2026-03-31";
    const m = await call(metrics.GET, "GET", { key: org.apiKey, url: `http://localhost/api/v1/metrics?metric=ENPS&${window}` });
    expect(m.json.overall).toMatchObject({ n: 8 });
    const map = await mapOf(org, ex.json.id as string, window);
    expect((map.json.stages as Json[]).find((s) => s.stageId === develop.id)!.figure).toEqual({ suppressed: true });
    // Linking both pulses makes it the metrics API's own figure, which may be shown.
    await call(questions.POST, "POST", { key: org.apiKey, params: { id: develop.id }, body: { questionId: (await headlineOf(p2.id)).id } });
    const both = await mapOf(org, ex.json.id as string, window);
    expect((both.json.stages as Json[]).find((s) => s.stageId === develop.id)!.figure).toMatchObject({ kind: "NPS", n: 8, score: (m.json.overall as Json).score });
  });

  it("refuses a bad window with 400", async () => {
    const j = await create(acme, { kind: "CUSTOMER", name: "Q" });
    expect((await mapOf(acme, j.json.id as string, "from=2026-13-01&to=2026-03-31")).status).toBe(400);
    expect((await mapOf(acme, j.json.id as string, "to=2026-03-31")).status).toBe(400);
  });
});

describe("map: answers, pooling and ideas", () => {
  it("reads ratings and non-headline NPS from answers, pools same-kind questions, and lists the top 5 ideas", async () => {
    const org = await makeOrg({ name: "Answerco" });
    const team = await makeTeam(org.orgId, { name: "Shop" });
    const other = await makeTeam(org.orgId, { name: "Other" });
    const survey = await makeSurvey(org.orgId, "CSAT");
    const q = (type: "RATING" | "NPS", position: number) =>
      db.question.create({ data: { orgId: org.orgId, surveyId: survey.id, position, type, prompt: type, scaleMin: type === "RATING" ? 1 : 0, scaleMax: type === "RATING" ? 5 : 10 }, select: { id: true } });
    const [rating, rating2, extraNps] = [await q("RATING", 1), await q("RATING", 2), await q("NPS", 3)];
    const respond = async (teamId: string, day: string, answers: Array<[string, number]>) => {
      const r = await db.response.create({ data: { orgId: org.orgId, surveyId: survey.id, teamId, submittedOn: new Date(`${day}T00:00:00Z`) }, select: { id: true } });
      await db.answer.createMany({ data: answers.map(([questionId, numberValue]) => ({ orgId: org.orgId, responseId: r.id, questionId, numberValue })) });
    };
    await respond(team.id, "2026-03-02", [[rating.id, 4], [rating2.id, 5], [extraNps.id, 10]]);
    await respond(team.id, "2026-03-03", [[rating.id, 2], [extraNps.id, 3]]);
    await respond(other.id, "2026-03-03", [[rating.id, 1], [extraNps.id, 9]]);
    await respond(team.id, "2026-04-03", [[rating.id, 1], [extraNps.id, 0]]); // outside

    const j = await create(org, { kind: "CUSTOMER", name: "Answers", template: "retail-customer" });
    const [a, b] = stagesOf(j.json);
    const link = (stageId: string, questionId: string) => call(questions.POST, "POST", { key: org.apiKey, params: { id: stageId }, body: { questionId } });
    await link(a!.id, rating.id);
    await link(a!.id, rating2.id);
    await link(b!.id, rating.id);
    await link(b!.id, extraNps.id); // mixed: no headline, so NPS wins over RATING
    for (let i = 0; i < 7; i++) {
      await db.idea.create({ data: { orgId: org.orgId, title: `Idea ${i}`, body: "b", stageId: a!.id, voteCount: i } });
    }
    const map = await mapOf(org, j.json.id as string, `from=2026-03-01&to=2026-03-31&teamId=${team.id}`);
    expect(map.status).toBe(200);
    const rows = map.json.stages as Json[];
    // Team Shop: ratings 4, 5, 2 → mean 11/3, n 3.
    expect(rows[0]!.figure).toEqual({ kind: "RATING", mean: expect.closeTo(11 / 3, 9), n: 3 });
    // Non-headline NPS for Shop: 10 and 3 → P 1, D 1: NPS 0, n 2.
    expect(rows[1]!.figure).toMatchObject({ kind: "NPS", n: 2, score: 0 });
    expect((rows[0]!.ideas as Json[]).map((i) => i.voteCount)).toEqual([6, 5, 4, 3, 2]);
    expect(rows[1]!.ideas).toEqual([]);
  });
});
