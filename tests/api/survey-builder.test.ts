/**
 * The survey API beyond the minimal create: questions and description on create, PATCH with
 * the full question list, activate and close. Every refusal leaves the database as it was.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/surveys/route";
import * as item from "@/app/api/v1/surveys/[id]/route";
import * as activate from "@/app/api/v1/surveys/[id]/activate/route";
import * as close from "@/app/api/v1/surveys/[id]/close/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import type { QuestionDto, SurveyDto } from "@/lib/schemas/survey";
import { db } from "@/server/db";
import { createSurveyFromTemplate } from "@/server/surveys/create-survey";
import { makeOrg, makeSurvey } from "../factories";
import { call } from "../http";

type Org = Awaited<ReturnType<typeof makeOrg>>;
let acme: Org, globex: Org;

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  globex = await makeOrg({ name: "Globex" });
});

const create = (body: unknown, key = acme.apiKey) => call(collection.POST, "POST", { key, body });
const patch = (id: string, body: unknown, key = acme.apiKey) => call(item.PATCH, "PATCH", { key, body, params: { id } });
const postActivate = (id: string, key = acme.apiKey) => call(activate.POST, "POST", { key, params: { id } });
const postClose = (id: string, key = acme.apiKey) => call(close.POST, "POST", { key, params: { id } });
const asSurvey = (json: unknown) => json as SurveyDto;
const draft = (orgId = acme.orgId) => createSurveyFromTemplate(db, { orgId, actor: {}, templateId: "customer-nps", title: "Draft NPS" });

/** Everything a refused request must leave alone: the survey row and all its question rows. */
async function snapshot(surveyId: string) {
  const survey = await db.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { title: true, description: true, status: true, closedAt: true, updatedAt: true } });
  const questions = await db.question.findMany({ where: { surveyId }, orderBy: { id: "asc" } });
  return { survey, questions };
}
const orgCounts = async (orgId: string) => ({ surveys: await db.survey.count({ where: { orgId } }), questions: await db.question.count({ where: { orgId } }) });

/** The survey's questions as PATCH takes them back: the DTO minus position. */
const asInput = (questions: QuestionDto[]) => questions.map(({ position: _position, ...q }) => q);

const RATING = { type: "RATING", prompt: "I know what is expected of me", scaleMax: 7 };
const CHOICE = { type: "MULTIPLE_CHOICE", prompt: "What did you buy?", required: true, options: [{ id: "shoes", label: "Shoes" }, { id: "bags", label: "Bags" }] };
const OPEN = { type: "OPEN_TEXT", prompt: "Anything else?" };

describe("POST /api/v1/surveys with questions", () => {
  it("creates an ACTIVE survey: the headline first, then the questions in order, with the description", async () => {
    const res = await create({ title: "Store NPS", audience: "CUSTOMER", metric: "NPS", description: "  After a visit  ", questions: [CHOICE, RATING, OPEN] });
    expect(res.status).toBe(201);
    const survey = asSurvey(res.json);
    expect(survey).toMatchObject({ title: "Store NPS", description: "After a visit", status: "ACTIVE" });
    expect(survey.questions).toEqual([
      { id: expect.any(String), type: "NPS", prompt: "How likely are you to recommend Acme to a friend or colleague?", position: 0, isHeadline: true, scaleMin: 0, scaleMax: 10 },
      { id: expect.any(String), type: "MULTIPLE_CHOICE", prompt: "What did you buy?", position: 1, isHeadline: false, required: true, scaleMin: null, scaleMax: null, options: CHOICE.options },
      { id: expect.any(String), type: "RATING", prompt: "I know what is expected of me", position: 2, isHeadline: false, required: false, scaleMin: 1, scaleMax: 7 },
      { id: expect.any(String), type: "OPEN_TEXT", prompt: "Anything else?", position: 3, isHeadline: false, required: false, scaleMin: null, scaleMax: null },
    ]);
    const get = await call(item.GET, "GET", { key: acme.apiKey, params: { id: survey.id } });
    expect(get.json).toEqual(survey);
    const stored = await db.question.findMany({ where: { surveyId: survey.id }, orderBy: { position: "asc" } });
    expect(stored.map((q) => [q.orgId, q.archivedAt, q.replacesId])).toEqual(Array(4).fill([acme.orgId, null, null]));
  });

  it.each([
    ["a headline among the questions", { questions: [{ type: "NPS", prompt: "Again?", isHeadline: true }] }, ["questions", 0, "isHeadline"]],
    ["a question with an id", { questions: [{ ...OPEN, id: "q1" }] }, ["questions", 0, "id"]],
    ["a RATING without its scale", { questions: [{ type: "RATING", prompt: "Rate" }] }, ["questions", 0, "scaleMax"]],
    ["a RATING from 1 to 6", { questions: [{ ...RATING, scaleMax: 6 }] }, ["questions", 0, "scaleMax"]],
    ["a RATING from 0", { questions: [{ ...RATING, scaleMin: 0 }] }, ["questions", 0, "scaleMin"]],
    ["an NPS question on 1 to 5", { questions: [{ type: "NPS", prompt: "Recommend?", scaleMin: 1, scaleMax: 5 }] }, ["questions", 0, "scaleMin"]],
    ["a scale on open text", { questions: [{ ...OPEN, scaleMax: 5 }] }, ["questions", 0, "scaleMax"]],
    ["options on open text", { questions: [{ ...OPEN, options: CHOICE.options }] }, ["questions", 0, "options"]],
    ["a choice question without options", { questions: [{ type: "SINGLE_CHOICE", prompt: "Pick" }] }, ["questions", 0, "options"]],
    ["a single choice", { questions: [{ ...CHOICE, options: [{ id: "a", label: "A" }] }] }, ["questions", 0, "options"]],
    ["21 choices", { questions: [{ ...CHOICE, options: Array.from({ length: 21 }, (_, i) => ({ id: `c${i}`, label: `C${i}` })) }] }, ["questions", 0, "options"]],
    ["a repeated choice id", { questions: [{ ...CHOICE, options: [{ id: "a", label: "A" }, { id: "a", label: "B" }] }] }, ["questions", 0, "options", 1, "id"]],
    ["a repeated choice label", { questions: [{ ...CHOICE, options: [{ id: "a", label: "Same" }, { id: "b", label: " same " }] }] }, ["questions", 0, "options", 1, "label"]],
    ["a blank choice label", { questions: [{ ...CHOICE, options: [{ id: "a", label: "A" }, { id: "b", label: "  " }] }] }, ["questions", 0, "options", 1, "label"]],
    ["a 201-character choice label", { questions: [{ ...CHOICE, options: [{ id: "a", label: "A" }, { id: "b", label: "x".repeat(201) }] }] }, ["questions", 0, "options", 1, "label"]],
    ["a choice id with a space", { questions: [{ ...CHOICE, options: [{ id: "a b", label: "A" }, { id: "b", label: "B" }] }] }, ["questions", 0, "options", 0, "id"]],
    ["a blank prompt", { questions: [{ ...OPEN, prompt: " " }] }, ["questions", 0, "prompt"]],
    ["a 501-character prompt", { questions: [{ ...OPEN, prompt: "x".repeat(501) }] }, ["questions", 0, "prompt"]],
    ["an unknown type", { questions: [{ type: "SLIDER", prompt: "Slide" }] }, ["questions", 0, "type"]],
    ["an unknown question field", { questions: [{ ...OPEN, hint: "x" }] }, ["questions", 0]],
    ["a non-boolean required", { questions: [{ ...OPEN, required: "yes" }] }, ["questions", 0, "required"]],
    ["questions that are not a list", { questions: { 0: OPEN } }, ["questions"]],
    ["50 questions besides the headline", { questions: Array.from({ length: 50 }, (_, i) => ({ ...OPEN, prompt: `Q${i}` })) }, ["questions"]],
    ["a 2001-character description", { description: "x".repeat(2001) }, ["description"]],
  ])("refuses %s with 400, naming the field, and stores nothing", async (_label, extra, path) => {
    const before = await orgCounts(acme.orgId);
    const res = await create({ title: "Refused", audience: "CUSTOMER", metric: "NPS", ...extra });
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("validation_failed");
    expect(res.json.error?.issues).toContainEqual({ path, message: expect.any(String) });
    expect(await orgCounts(acme.orgId)).toEqual(before);
  });
});

describe("PATCH /api/v1/surveys/{id}", () => {
  it("changes the title and description alone, leaving the questions as they were", async () => {
    const survey = await makeSurvey(acme.orgId, { metric: "CSAT" });
    const res = await patch(survey.id, { title: " Renamed ", description: "Now with a description" });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ...survey, title: "Renamed", description: "Now with a description" });
    const cleared = await patch(survey.id, { description: "" });
    expect(cleared.json).toEqual({ ...survey, title: "Renamed" });
    const audit = await db.auditLog.findMany({ where: { targetId: survey.id, action: "survey.update" } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorKeyId: acme.apiKeyId });
  });

  it("adds, edits, reorders and removes unanswered questions in place", async () => {
    const created = asSurvey((await create({ title: "Edit me", audience: "CUSTOMER", metric: "NPS", questions: [OPEN, RATING] })).json);
    const [headline, open, rating] = asInput(created.questions) as Record<string, unknown>[];
    const res = await patch(created.id, {
      questions: [{ ...rating!, prompt: "Reworded", scaleMax: 5, required: true }, { ...headline!, prompt: "Would you recommend us?" }, CHOICE],
    });
    expect(res.status).toBe(200);
    const updated = asSurvey(res.json);
    expect(updated.questions.map((q) => [q.id, q.type, q.prompt, q.position])).toEqual([
      [rating!.id, "RATING", "Reworded", 0],
      [headline!.id, "NPS", "Would you recommend us?", 1],
      [expect.any(String), "MULTIPLE_CHOICE", "What did you buy?", 2],
    ]);
    expect(updated.questions[0]).toMatchObject({ scaleMax: 5, required: true });
    // Nothing was answered: no archived versions, and the removed question is gone.
    expect(await db.question.count({ where: { surveyId: created.id } })).toBe(3);
    expect(await db.question.findUnique({ where: { id: open!.id as string } })).toBeNull();
  });

  it("takes back exactly what GET returned (minus positions) and changes nothing", async () => {
    const created = asSurvey((await create({ title: "Round trip", audience: "CUSTOMER", metric: "NPS", description: "D", questions: [CHOICE, RATING] })).json);
    const before = await snapshot(created.id);
    const res = await patch(created.id, { questions: asInput(created.questions) });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(created);
    expect((await snapshot(created.id)).questions).toEqual(before.questions);
  });

  type Case = [string, (q: Record<string, unknown>[], other: { otherQuestionId: string; archivedId: string }) => unknown, (string | number)[]];
  const cases: Case[] = [
    ["an empty body", () => ({}), []],
    ["an unknown field", () => ({ status: "CLOSED" }), []],
    ["a blank title", () => ({ title: "  " }), ["title"]],
    ["no headline", (q) => ({ questions: q.slice(1) }), ["questions"]],
    ["an empty list", () => ({ questions: [] }), ["questions"]],
    ["two headlines", (q) => ({ questions: [...q, { type: "NPS", prompt: "Another", isHeadline: true }] }), ["questions", 3, "isHeadline"]],
    ["a question listed twice", (q) => ({ questions: [...q, q[1]] }), ["questions", 3, "id"]],
    ["an unknown question id", (q) => ({ questions: [...q, { ...OPEN, id: "no-such-question" }] }), ["questions", 3, "id"]],
    ["another survey's question", (q, o) => ({ questions: [...q, { ...OPEN, id: o.otherQuestionId }] }), ["questions", 3, "id"]],
    ["an archived version", (q, o) => ({ questions: [...q, { ...OPEN, id: o.archivedId }] }), ["questions", 3, "id"]],
    ["a new headline in place of the old", (q) => ({ questions: [{ type: "NPS", prompt: "New headline", isHeadline: true }, ...q.slice(1)] }), ["questions", 0, "isHeadline"]],
    ["the headline made an ordinary question", (q) => ({ questions: [{ ...q[0], isHeadline: false }, { ...q[1], isHeadline: true, required: true }, q[2]] }), ["questions", 0, "isHeadline"]],
    ["a CSAT headline on an NPS survey", (q) => ({ questions: [{ ...q[0], type: "CSAT", scaleMin: null, scaleMax: null }, ...q.slice(1)] }), ["questions", 0, "type"]],
    ["an optional headline", (q) => ({ questions: [{ ...q[0], required: false }, ...q.slice(1)] }), ["questions", 0, "required"]],
    ["a bad RATING scale", (q) => ({ questions: [q[0], q[1], { ...q[2], scaleMax: 10 }] }), ["questions", 2, "scaleMax"]],
  ];

  it.each(cases)("refuses %s with 400 and changes nothing", async (_label, body, path) => {
    const created = asSurvey((await create({ title: "Guarded", audience: "CUSTOMER", metric: "NPS", questions: [OPEN, RATING] })).json);
    const other = asSurvey((await create({ title: "Other", audience: "CUSTOMER", metric: "NPS", questions: [OPEN] })).json);
    const archived = await db.question.create({
      data: { orgId: acme.orgId, surveyId: created.id, position: 9, type: "OPEN_TEXT", prompt: "Old wording", archivedAt: new Date() },
    });
    const before = await snapshot(created.id);
    const res = await patch(created.id, body(asInput(created.questions), { otherQuestionId: other.questions[1]!.id, archivedId: archived.id }));
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("validation_failed");
    expect(res.json.error?.issues).toContainEqual({ path, message: expect.any(String) });
    expect(await snapshot(created.id)).toEqual(before);
  });

  it("refuses malformed JSON and a body that is not JSON", async () => {
    const survey = await makeSurvey(acme.orgId);
    const before = await snapshot(survey.id);
    expect((await call(item.PATCH, "PATCH", { key: acme.apiKey, params: { id: survey.id }, rawBody: "{" })).status).toBe(400);
    expect((await call(item.PATCH, "PATCH", { key: acme.apiKey, params: { id: survey.id }, rawBody: "title=x", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect(await snapshot(survey.id)).toEqual(before);
  });

  it("refuses to edit a closed survey with 409", async () => {
    const survey = await makeSurvey(acme.orgId);
    expect((await postClose(survey.id)).status).toBe(200);
    const before = await snapshot(survey.id);
    const res = await patch(survey.id, { title: "Too late" });
    expect(res.status).toBe(409);
    expect(res.json.error).toEqual({ code: "conflict", message: "A closed survey can't be edited" });
    expect(await snapshot(survey.id)).toEqual(before);
  });
});

describe("activate and close", () => {
  it("moves a draft to ACTIVE and then to CLOSED, and records both", async () => {
    const survey = await draft();
    const activated = await postActivate(survey.id);
    expect(activated.status).toBe(200);
    expect(activated.json).toEqual({ ...survey, status: "ACTIVE" });
    const closed = await postClose(survey.id);
    expect(closed.status).toBe(200);
    expect(asSurvey(closed.json).status).toBe("CLOSED");
    expect((await db.survey.findUniqueOrThrow({ where: { id: survey.id } })).closedAt).toBeInstanceOf(Date);
    const actions = await db.auditLog.findMany({ where: { targetId: survey.id }, orderBy: { createdAt: "asc" }, select: { action: true, metadata: true } });
    expect(actions.map((a) => a.action)).toEqual(["survey.create", "survey.activate", "survey.close"]);
  });

  it.each([
    ["activating an ACTIVE survey", "ACTIVE", postActivate, "The survey is already ACTIVE"],
    ["activating a CLOSED survey", "CLOSED", postActivate, "A closed survey can't be reopened"],
    ["closing a CLOSED survey", "CLOSED", postClose, "The survey is already CLOSED"],
    ["closing a DRAFT", "DRAFT", postClose, "Only an active survey can be closed"],
  ] as const)("refuses %s with 409 and changes nothing", async (_label, status, send, message) => {
    const survey = await draft();
    if (status !== "DRAFT") await postActivate(survey.id);
    if (status === "CLOSED") await postClose(survey.id);
    const before = await snapshot(survey.id);
    expect(before.survey.status).toBe(status);
    const res = await send(survey.id);
    expect(res.status).toBe(409);
    expect(res.json.error).toEqual({ code: "conflict", message });
    expect(await snapshot(survey.id)).toEqual(before);
  });
});

describe("another organization's surveys", () => {
  it("answers 404 to PATCH, activate and close, exactly as for an unknown id, and changes nothing", async () => {
    const theirs = await draft(globex.orgId);
    const before = await snapshot(theirs.id);
    const questions = asInput(theirs.questions);
    for (const id of [theirs.id, "no-such-survey"]) {
      const responses = [await patch(id, { title: "Taken over" }), await patch(id, { questions }), await postActivate(id), await postClose(id)];
      for (const res of responses) expect([res.status, res.json]).toEqual([404, { error: { code: "not_found", message: "Survey not found" } }]);
    }
    for (const id of ["x".repeat(500), "bad\u0000id", ""]) expect((await postActivate(id)).status).toBe(404);
    expect(await snapshot(theirs.id)).toEqual(before);
  });

  it("answers 401 without a key", async () => {
    const survey = await makeSurvey(acme.orgId);
    expect((await call(item.PATCH, "PATCH", { params: { id: survey.id }, body: { title: "x" } })).status).toBe(401);
    expect((await call(activate.POST, "POST", { params: { id: survey.id } })).status).toBe(401);
    expect((await call(close.POST, "POST", { params: { id: survey.id } })).status).toBe(401);
  });
});

describe("OpenAPI", () => {
  it("describes PATCH, activate and close with the handlers' schemas", async () => {
    const doc = (await call(openapi.GET as never, "GET")).json as { paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(Object.keys(doc.paths["/api/v1/surveys/{id}"] ?? {}).sort()).toEqual(["get", "patch"]);
    expect(Object.keys(doc.paths["/api/v1/surveys/{id}/activate"] ?? {})).toEqual(["post"]);
    expect(Object.keys(doc.paths["/api/v1/surveys/{id}/close"] ?? {})).toEqual(["post"]);
    const patchBody = JSON.stringify(doc.paths["/api/v1/surveys/{id}"]?.patch?.requestBody);
    for (const field of ['"questions"', '"options"', '"scaleMax"', '"maxLength":500', '"maxItems":20']) expect(patchBody).toContain(field);
    expect(Object.keys(doc.paths["/api/v1/surveys/{id}"]?.patch?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "404", "409"]));
    expect(JSON.stringify(doc.paths["/api/v1/surveys"]?.post?.requestBody)).toContain('"description"');
  });
});
