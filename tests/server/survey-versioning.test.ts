/**
 * Edits never corrupt answered data: an answered question is versioned or archived, never
 * rewritten or deleted, and every answer keeps pointing at the question it answered
 * (docs/decisions/007-survey-builder-and-versioning.md).
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as responsesRoute from "@/app/api/v1/responses/route";
import { createSurveySchema, questionListSchema, type QuestionInput, type SurveyDto } from "@/lib/schemas/survey";
import { SURVEY_TEMPLATES } from "@/lib/survey-templates";
import { db } from "@/server/db";
import { changeSurveyStatus } from "@/server/surveys/change-survey-status";
import { createSurvey, createSurveyFromTemplate } from "@/server/surveys/create-survey";
import { getEditableSurvey } from "@/server/surveys/get-editable-survey";
import { getSurvey } from "@/server/surveys/get-survey";
import { updateSurvey } from "@/server/surveys/update-survey";
import { makeOrg, makeTeam } from "../factories";
import { call } from "../http";

type Org = Awaited<ReturnType<typeof makeOrg>>;
let acme: Org, globex: Org;
let teamId: string;
const now = new Date("2026-01-15T12:00:00Z");

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  globex = await makeOrg({ name: "Globex" });
  teamId = (await makeTeam(acme.orgId)).id;
});

const CHOICES = [
  { id: "yes", label: "Yes" },
  { id: "no", label: "No" },
];

async function makeBuiltSurvey(orgId = acme.orgId) {
  const input = createSurveySchema.parse({
    title: "Versioned",
    audience: "CUSTOMER",
    metric: "NPS",
    questions: [
      { type: "OPEN_TEXT", prompt: "Why that score?" },
      { type: "SINGLE_CHOICE", prompt: "Was it resolved?", options: CHOICES },
      { type: "RATING", prompt: "Rate the staff", scaleMax: 5 },
    ],
  });
  return createSurvey(db, { orgId, actor: {}, input });
}

/** A stored response answering the given questions directly, as the answering page will store it. */
async function answer(surveyId: string, answers: { questionId: string; numberValue?: number; textValue?: string; choiceValues?: string[] }[]) {
  const responseId = randomUUID();
  await db.response.create({ data: { id: responseId, orgId: acme.orgId, surveyId, teamId, submittedOn: new Date("2026-01-10") } });
  await db.answer.createMany({ data: answers.map((a) => ({ orgId: acme.orgId, responseId, choiceValues: [], ...a })) });
  return responseId;
}

/** The survey's questions as the full list an edit sends, ready to change. */
const asInputs = (survey: SurveyDto): (QuestionInput & { id: string })[] =>
  survey.questions.map(({ position: _position, ...q }) => ({ ...q, required: q.isHeadline ? true : q.required }));

const edit = (surveyId: string, questions: QuestionInput[], orgId = acme.orgId) =>
  updateSurvey(db, { orgId, surveyId, actor: {}, input: { questions: questionListSchema.parse(questions) }, now });

describe("editing an answered question", () => {
  it("archives it and adds a new version at the same place; old answers keep the old wording", async () => {
    const survey = await makeBuiltSurvey();
    const [headline, why, resolved, rating] = asInputs(survey) as [QuestionInput & { id: string }, QuestionInput & { id: string }, QuestionInput & { id: string }, QuestionInput & { id: string }];
    // The headline is answered through the ingestion API, the others as the answering page stores them.
    const ingest = await call(responsesRoute.POST, "POST", { key: acme.apiKey, body: { responses: [{ surveyId: survey.id, teamId, score: 9 }] } });
    expect(ingest.status).toBe(201);
    await answer(survey.id, [{ questionId: why.id, textValue: "Friendly staff" }, { questionId: resolved.id, choiceValues: ["yes"] }]);

    const updated = await edit(survey.id, [
      { ...headline, prompt: "Would you recommend Acme?" },
      { ...why, prompt: "What is the main reason for your score?" },
      { ...resolved, options: [...CHOICES, { id: "partly", label: "Partly" }] },
      rating,
    ]);

    // The live survey shows new versions of the three answered questions, in the same places.
    expect(updated.questions.map((q) => [q.position, q.prompt])).toEqual([
      [0, "Would you recommend Acme?"],
      [1, "What is the main reason for your score?"],
      [2, "Was it resolved?"],
      [3, "Rate the staff"],
    ]);
    const [newHeadline, newWhy, newResolved, sameRating] = updated.questions;
    for (const [next, old] of [[newHeadline, headline], [newWhy, why], [newResolved, resolved]] as const) {
      expect(next?.id).not.toBe(old.id);
      const stored = await db.question.findUniqueOrThrow({ where: { id: next!.id } });
      expect(stored).toMatchObject({ replacesId: old.id, archivedAt: null, position: survey.questions.find((q) => q.id === old.id)!.position });
      expect(await db.question.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ archivedAt: now, prompt: old.prompt });
    }
    expect(newHeadline).toMatchObject({ isHeadline: true, type: "NPS" });
    expect(newResolved?.options).toHaveLength(3);
    // The unanswered rating is the same row, untouched.
    expect(sameRating?.id).toBe(rating.id);

    // Every earlier answer still references, and reads against, the exact question it answered.
    const answers = await db.answer.findMany({ where: { response: { surveyId: survey.id } }, select: { questionId: true, question: { select: { prompt: true, archivedAt: true, options: true } } } });
    expect(answers.map((a) => a.questionId).sort()).toEqual([headline.id, why.id, resolved.id].sort());
    expect(answers.find((a) => a.questionId === why.id)?.question.prompt).toBe("Why that score?");
    expect(answers.find((a) => a.questionId === resolved.id)?.question.options).toEqual(CHOICES);
    expect(answers.every((a) => a.question.archivedAt !== null)).toBe(true);

    // New responses go to the new headline: the ingestion reads the live one.
    await call(responsesRoute.POST, "POST", { key: acme.apiKey, body: { responses: [{ surveyId: survey.id, teamId, score: 3 }] } });
    expect(await db.answer.count({ where: { questionId: newHeadline!.id, numberValue: 3 } })).toBe(1);
    expect(await db.answer.count({ where: { questionId: headline.id } })).toBe(1);

    const builder = await getEditableSurvey(db, { orgId: acme.orgId, surveyId: survey.id });
    expect(builder.questions.map((q) => q.answerCount)).toEqual([1, 0, 0, 0]);
    expect(builder.responseCount).toBe(3);
  });

  it("updates `required` and the position of an answered question in place", async () => {
    const survey = await makeBuiltSurvey();
    const [headline, why, resolved, rating] = asInputs(survey) as (QuestionInput & { id: string })[];
    await answer(survey.id, [{ questionId: why!.id, textValue: "Fine" }]);
    const updated = await edit(survey.id, [{ ...why!, required: true }, headline!, rating!, resolved!]);
    expect(updated.questions.map((q) => q.id)).toEqual([why!.id, headline!.id, rating!.id, resolved!.id]);
    expect(updated.questions[0]).toMatchObject({ required: true, position: 0 });
    expect(await db.question.count({ where: { surveyId: survey.id } })).toBe(4);
  });

  it("changing a choice's label or a rating's scale is a new version too", async () => {
    const survey = await makeBuiltSurvey();
    const [headline, why, resolved, rating] = asInputs(survey) as (QuestionInput & { id: string })[];
    await answer(survey.id, [{ questionId: resolved!.id, choiceValues: ["no"] }, { questionId: rating!.id, numberValue: 4 }]);
    const updated = await edit(survey.id, [headline!, why!, { ...resolved!, options: [CHOICES[0]!, { id: "no", label: "Not yet" }] }, { ...rating!, scaleMax: 7 }]);
    expect(updated.questions[2]?.id).not.toBe(resolved!.id);
    expect(updated.questions[3]).toMatchObject({ scaleMin: 1, scaleMax: 7 });
    expect(updated.questions[3]?.id).not.toBe(rating!.id);
    expect(await db.question.findUniqueOrThrow({ where: { id: rating!.id } })).toMatchObject({ scaleMax: 5, archivedAt: now });
  });
});

describe("concurrent edits", () => {
  it("run one after the other: the second, made from the stale list, is refused instead of forking a second version", async () => {
    const survey = await makeBuiltSurvey();
    const [headline, why, ...rest] = asInputs(survey) as (QuestionInput & { id: string })[];
    await answer(survey.id, [{ questionId: why!.id, textValue: "Queue" }]);
    const results = await Promise.allSettled(["First rewording", "Second rewording"].map((prompt) => edit(survey.id, [headline!, { ...why!, prompt }, ...rest])));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "validation_failed" } });
    const versions = await db.question.findMany({ where: { replacesId: why!.id } });
    expect(versions).toHaveLength(1);
    expect(await db.question.count({ where: { surveyId: survey.id, archivedAt: null } })).toBe(4);
  });
});

describe("removing questions", () => {
  it("archives an answered question and deletes an unanswered one", async () => {
    const survey = await makeBuiltSurvey();
    const [headline, why, resolved, rating] = asInputs(survey) as (QuestionInput & { id: string })[];
    await answer(survey.id, [{ questionId: why!.id, textValue: "Slow" }]);
    const updated = await edit(survey.id, [headline!, resolved!]);
    expect(updated.questions.map((q) => [q.id, q.position])).toEqual([
      [headline!.id, 0],
      [resolved!.id, 1],
    ]);
    expect(await db.question.findUniqueOrThrow({ where: { id: why!.id } })).toMatchObject({ archivedAt: now });
    expect(await db.question.findUnique({ where: { id: rating!.id } })).toBeNull();
    expect(await db.answer.count({ where: { questionId: why!.id } })).toBe(1);
    // An archived version can't be brought back by id: it is history, not part of the survey.
    await expect(edit(survey.id, [headline!, why!])).rejects.toMatchObject({ code: "validation_failed", issues: [{ path: ["questions", 1, "id"], message: "Not a question of this survey" }] });
  });

  it("keeps journey-stage links on the new version, and on the old for its answers", async () => {
    const survey = await makeBuiltSurvey();
    const [headline, ...rest] = asInputs(survey) as (QuestionInput & { id: string })[];
    const journey = await db.journey.create({ data: { orgId: acme.orgId, kind: "CUSTOMER", name: "Visit", stages: { create: { orgId: acme.orgId, position: 0, name: "Checkout" } } }, include: { stages: true } });
    const stageId = journey.stages[0]!.id;
    await db.stageQuestion.create({ data: { orgId: acme.orgId, stageId, questionId: headline!.id } });
    await answer(survey.id, [{ questionId: headline!.id, numberValue: 10 }]);
    const updated = await edit(survey.id, [{ ...headline!, prompt: "Recommend us?" }, ...rest]);
    const links = await db.stageQuestion.findMany({ where: { stageId }, select: { questionId: true } });
    expect(links.map((l) => l.questionId).sort()).toEqual([headline!.id, updated.questions[0]!.id].sort());
  });
});

describe("unanswered questions", () => {
  it("are edited in place, keeping their id, even the headline", async () => {
    const survey = await makeBuiltSurvey();
    const [headline, why, resolved, rating] = asInputs(survey) as (QuestionInput & { id: string })[];
    const updated = await edit(survey.id, [{ ...headline!, prompt: "Recommend?" }, { ...why!, type: "MULTIPLE_CHOICE", options: CHOICES }, resolved!, rating!]);
    expect(updated.questions.map((q) => q.id)).toEqual(survey.questions.map((q) => q.id));
    expect(updated.questions[1]).toMatchObject({ type: "MULTIPLE_CHOICE", options: CHOICES });
    expect(await db.question.count({ where: { surveyId: survey.id } })).toBe(4);
  });
});

describe("tenancy", () => {
  it("another organization's survey is not found, and can't be reached through its question ids", async () => {
    const theirs = await makeBuiltSurvey(globex.orgId);
    await expect(edit(theirs.id, asInputs(theirs))).rejects.toMatchObject({ code: "not_found" });
    const mine = await makeBuiltSurvey();
    await expect(edit(mine.id, [...asInputs(mine), { ...asInputs(theirs)[1]! }])).rejects.toMatchObject({ code: "validation_failed" });
    expect(await getSurvey(db, { orgId: globex.orgId, surveyId: theirs.id })).toEqual(theirs);
  });
});

describe("status", () => {
  it("goes back from ACTIVE to DRAFT only while the survey has no responses", async () => {
    const survey = await createSurveyFromTemplate(db, { orgId: acme.orgId, actor: {}, templateId: "support-csat", title: "Support" });
    const change = (to: "DRAFT" | "ACTIVE" | "CLOSED") => changeSurveyStatus(db, { orgId: acme.orgId, surveyId: survey.id, actor: {}, to, now });
    expect((await change("ACTIVE")).status).toBe("ACTIVE");
    expect((await change("DRAFT")).status).toBe("DRAFT");
    await change("ACTIVE");
    await answer(survey.id, [{ questionId: survey.questions[0]!.id, numberValue: 4 }]);
    await expect(change("DRAFT")).rejects.toMatchObject({ code: "conflict", message: "A survey with responses can't go back to draft" });
    expect((await change("CLOSED")).status).toBe("CLOSED");
    await expect(change("ACTIVE")).rejects.toMatchObject({ code: "conflict" });
    await expect(updateSurvey(db, { orgId: acme.orgId, surveyId: survey.id, actor: {}, input: { title: "Renamed" }, now })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("templates", () => {
  it.each(SURVEY_TEMPLATES.map((t) => [t.id, t] as const))("%s creates a valid DRAFT whose headline fits its metric", async (_id, template) => {
    const survey = await createSurveyFromTemplate(db, { orgId: acme.orgId, actor: {}, templateId: template.id, title: template.defaultTitle });
    expect(survey).toMatchObject({ status: "DRAFT", audience: template.audience, metric: template.metric, title: template.defaultTitle });
    const headlines = survey.questions.filter((q) => q.isHeadline);
    expect(headlines).toHaveLength(1);
    expect(headlines[0]?.type).toBe(template.metric === "CSAT" ? "CSAT" : "NPS");
    expect(survey.questions.map((q) => q.position)).toEqual(survey.questions.map((_, i) => i));
    // A template's list survives a save unchanged.
    const saved = await edit(survey.id, asInputs(survey));
    expect(saved).toEqual(survey);
  });

  it("words the eNPS and frontline prompts as DESIGN.md does", async () => {
    const pulse = await createSurveyFromTemplate(db, { orgId: acme.orgId, actor: {}, templateId: "employee-enps", title: "Pulse" });
    expect(pulse.questions[0]?.prompt).toBe("How likely are you to recommend Acme as a place to work?");
    expect(pulse.questions.filter((q) => q.type === "RATING").every((q) => q.scaleMin === 1 && q.scaleMax === 5)).toBe(true);
    const voice = await createSurveyFromTemplate(db, { orgId: acme.orgId, actor: {}, templateId: "frontline-voice", title: "Voice" });
    expect(voice).toMatchObject({ audience: "EMPLOYEE", metric: "ENPS" });
    expect(voice.questions.map((q) => q.prompt)).toEqual([
      "How likely are you to recommend Acme as a place to work?",
      "Based on your role, how can we make our customers' lives easier?",
      "If you had a magic wand, what would you do to improve the experience for our customers?",
    ]);
    expect((await db.survey.findUniqueOrThrow({ where: { id: voice.id } })).anonymous).toBe(true);
  });
});
