/**
 * Public links and answering (/s/<token>) against a real PostgreSQL: what a visitor's answers
 * store, everything they can't store, and the limits around them.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { answerFormSchema, checkAnswers, MAX_TEXT_ANSWER_LENGTH } from "@/lib/schemas/answer";
import { ANSWER_LIMITS, overallKey } from "@/server/answering/answer-limits";
import { loadAnsweringForm } from "@/server/answering/load-answering-form";
import { CLOSED_MESSAGE, submitAnswers, type SubmitAnswersOptions } from "@/server/answering/submit-answers";
import { db } from "@/server/db";
import { getOrCreatePublicLink } from "@/server/distributions/get-or-create-public-link";
import { listPublicLinks } from "@/server/distributions/list-public-links";
import { getPoster } from "@/server/distributions/get-poster";
import { makeOrg, makeSurvey, makeTeam } from "../factories";

type Org = Awaited<ReturnType<typeof makeOrg>>;
type Fixture = Awaited<ReturnType<typeof makeAnsweringSurvey>>;

const NOW = new Date("2024-05-01T10:15:30.000Z");
const address = () => `203.0.113.${randomBytes(2).readUInt16BE()}-${randomBytes(3).toString("hex")}`;

/** A survey with one question of every type besides its headline, and an archived version. */
async function makeAnsweringSurvey(orgId: string, options: { metric?: "NPS" | "CSAT" | "ENPS"; status?: "DRAFT" | "ACTIVE" | "CLOSED" } = {}) {
  const survey = await makeSurvey(orgId, { metric: options.metric ?? "NPS" });
  const headline = survey.questions.find((q) => q.isHeadline);
  if (!headline) throw new Error("makeSurvey made no headline question");
  const q = (position: number, data: Pick<Prisma.QuestionUncheckedCreateInput, "type" | "required" | "scaleMin" | "scaleMax" | "options" | "archivedAt">) =>
    db.question.create({ data: { orgId, surveyId: survey.id, position, prompt: `Question ${position}`, ...data }, select: { id: true } });
  const rating = await q(1, { type: "RATING", scaleMin: 1, scaleMax: 7 });
  const channel = await q(2, { type: "SINGLE_CHOICE", required: true, options: [{ id: "shop", label: "In the shop" }, { id: "phone", label: "By phone" }] });
  const topics = await q(3, { type: "MULTIPLE_CHOICE", options: [{ id: "a", label: "Staff" }, { id: "b", label: "Prices" }, { id: "c", label: "Queue" }] });
  const better = await q(4, { type: "OPEN_TEXT" });
  const more = await q(5, { type: "OPEN_TEXT" });
  const archived = await q(6, { type: "OPEN_TEXT", archivedAt: new Date("2024-01-01T00:00:00Z") });
  if (options.status && options.status !== "ACTIVE") await db.survey.update({ where: { id: survey.id }, data: { status: options.status } });
  const team = await makeTeam(orgId, { name: `Store ${randomBytes(2).toString("hex")}` });
  const link = await getOrCreatePublicLink(db, { orgId, surveyId: survey.id, teamId: team.id });
  return { surveyId: survey.id, teamId: team.id, link, ids: { headline: headline.id, rating: rating.id, channel: channel.id, topics: topics.id, better: better.id, more: more.id, archived: archived.id } };
}

const valid = (f: Fixture): Record<string, unknown> => ({ [f.ids.headline]: 9, [f.ids.channel]: "shop" });

function submit(f: Fixture, answers: Record<string, unknown>, options: Partial<SubmitAnswersOptions> = {}) {
  return submitAnswers(db, { token: f.link.token, answers, address: address(), alreadyAnswered: false, now: NOW, ...options });
}

/** Everything a refused submission must leave unchanged. */
async function stored(orgId: string) {
  const [responses, answers, rollups, n] = await Promise.all([
    db.response.count({ where: { orgId } }),
    db.answer.count({ where: { orgId } }),
    db.dailyRollup.count({ where: { orgId } }),
    db.dailyRollup.aggregate({ where: { orgId }, _sum: { n: true } }),
  ]);
  return { responses, answers, rollups, n: n._sum.n ?? 0 };
}

const H = ["h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10"] as const;

/** DailyRollup as stored, and as recomputed from Response with a GROUP BY: they must agree. */
async function rollupsVsResponses(orgId: string) {
  const rows = await db.dailyRollup.findMany({ where: { orgId }, orderBy: [{ surveyId: "asc" }, { teamId: "asc" }, { day: "asc" }] });
  const stored = rows.map((r) => ({ surveyId: r.surveyId, teamId: r.teamId, day: r.day.toISOString().slice(0, 10), n: r.n, h: H.map((k) => r[k]) }));
  const groups = await db.$queryRaw<{ surveyId: string; teamId: string; day: string; scores: number[] }[]>`
    SELECT "surveyId", "teamId", to_char("submittedOn", 'YYYY-MM-DD') AS day, array_agg(score) AS scores
    FROM "Response" WHERE "orgId" = ${orgId} AND score IS NOT NULL
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  const grouped = groups.map(({ scores, ...key }) => ({ ...key, n: scores.length, h: H.map((_, i) => scores.filter((s) => s === i).length) }));
  return { stored, grouped };
}

let acme: Org;
let f: Fixture;

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  f = await makeAnsweringSurvey(acme.orgId);
});

describe("public links", () => {
  it("gives one link per survey and team, with a 128-bit base64url token, and is idempotent under concurrency", async () => {
    const org = await makeOrg();
    const survey = await makeSurvey(org.orgId);
    const [t1, t2] = [await makeTeam(org.orgId), await makeTeam(org.orgId)];
    const links = await Promise.all(Array.from({ length: 6 }, () => getOrCreatePublicLink(db, { orgId: org.orgId, surveyId: survey.id, teamId: t1.id })));
    expect(new Set(links.map((l) => l.id)).size).toBe(1);
    expect(links[0]?.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const other = await getOrCreatePublicLink(db, { orgId: org.orgId, surveyId: survey.id, teamId: t2.id });
    expect(other.token).not.toBe(links[0]?.token);
    expect(await db.distribution.count({ where: { orgId: org.orgId, kind: "PUBLIC_LINK" } })).toBe(2);
  });

  it("refuses another organization's survey or team as not found", async () => {
    const other = await makeOrg();
    const theirTeam = await makeTeam(other.orgId);
    await expect(getOrCreatePublicLink(db, { orgId: acme.orgId, surveyId: f.surveyId, teamId: theirTeam.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(getOrCreatePublicLink(db, { orgId: other.orgId, surveyId: f.surveyId, teamId: theirTeam.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(getPoster(db, { orgId: other.orgId, distributionId: f.link.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(listPublicLinks(db, { orgId: other.orgId, surveyId: f.surveyId })).rejects.toMatchObject({ code: "not_found" });
  });

  it("lists every team in tree order, making the missing links", async () => {
    const org = await makeOrg();
    const survey = await makeSurvey(org.orgId);
    const south = await makeTeam(org.orgId, { name: "South" });
    const north = await makeTeam(org.orgId, { name: "North" });
    await makeTeam(org.orgId, { name: "Zeta store", parentId: north.id });
    await makeTeam(org.orgId, { name: "Alpha store", parentId: south.id });
    const first = await listPublicLinks(db, { orgId: org.orgId, surveyId: survey.id });
    expect(first.links.map((l) => [l.teamName, l.depth])).toEqual([["North", 0], ["Zeta store", 1], ["South", 0], ["Alpha store", 1]]);
    const again = await listPublicLinks(db, { orgId: org.orgId, surveyId: survey.id });
    expect(again.links.map((l) => l.token)).toEqual(first.links.map((l) => l.token));
    expect(await getPoster(db, { orgId: org.orgId, distributionId: first.links[0]!.distributionId })).toMatchObject({ teamName: "North", surveyTitle: survey.title });
  });
});

describe("a valid submission", () => {
  it("stores the response, its answers and exactly one rollup increment, all attributed to the link's team", async () => {
    const org = await makeOrg();
    const g = await makeAnsweringSurvey(org.orgId);
    const answers = {
      [g.ids.headline]: 9,
      [g.ids.rating]: "7",
      [g.ids.channel]: "phone",
      [g.ids.topics]: ["c", "a"],
      [g.ids.better]: "  Shorter queues, please  ",
      [g.ids.more]: "Friendly staff",
    };
    const result = await submit(g, answers);
    expect(result.outcome).toBe("stored");
    const responseId = result.outcome === "stored" ? result.responseId : "";
    const response = await db.response.findUniqueOrThrow({ where: { id: responseId }, include: { answers: true } });
    expect(response).toMatchObject({
      orgId: org.orgId,
      surveyId: g.surveyId,
      teamId: g.teamId,
      distributionId: g.link.id,
      score: 9,
      comment: "Shorter queues, please",
      submittedAt: NOW,
      submittedOn: new Date("2024-05-01T00:00:00Z"),
      respondentEmail: null,
      idempotencyKey: null,
    });
    const byQuestion = Object.fromEntries(response.answers.map((a) => [a.questionId, { n: a.numberValue, t: a.textValue, c: a.choiceValues, org: a.orgId }]));
    expect(byQuestion).toEqual({
      [g.ids.headline]: { n: 9, t: null, c: [], org: org.orgId },
      [g.ids.rating]: { n: 7, t: null, c: [], org: org.orgId },
      [g.ids.channel]: { n: null, t: null, c: ["phone"], org: org.orgId },
      [g.ids.topics]: { n: null, t: null, c: ["a", "c"], org: org.orgId },
      [g.ids.better]: { n: null, t: "Shorter queues, please", c: [], org: org.orgId },
      [g.ids.more]: { n: null, t: "Friendly staff", c: [], org: org.orgId },
    });
    const rollups = await db.dailyRollup.findMany({ where: { orgId: org.orgId } });
    expect(rollups).toHaveLength(1);
    expect(rollups[0]).toMatchObject({ surveyId: g.surveyId, teamId: g.teamId, metric: "NPS", n: 1, h9: 1 });
    const { stored: rows, grouped } = await rollupsVsResponses(org.orgId);
    expect(rows).toEqual(grouped);
  });

  it("keeps the rollups exact under concurrent submissions, and leaves the comment null without open text", async () => {
    const org = await makeOrg();
    const g = await makeAnsweringSurvey(org.orgId, { metric: "CSAT" });
    const scores = [1, 2, 3, 4, 5, 5, 4, 4, 1, 5];
    await Promise.all(scores.map((score) => submit(g, { [g.ids.headline]: score, [g.ids.channel]: "shop" })));
    const { stored: rows, grouped } = await rollupsVsResponses(org.orgId);
    expect(rows).toEqual(grouped);
    expect(rows[0]).toMatchObject({ n: 10, h: [0, 2, 1, 1, 3, 3, 0, 0, 0, 0, 0] });
    expect(await db.response.count({ where: { orgId: org.orgId, comment: null } })).toBe(10);
  });

  it("accepts an open-text answer of exactly 5,000 characters", async () => {
    const org = await makeOrg();
    const g = await makeAnsweringSurvey(org.orgId);
    await submit(g, { ...valid(g), [g.ids.better]: "x".repeat(MAX_TEXT_ANSWER_LENGTH) });
    expect((await db.response.findFirstOrThrow({ where: { orgId: org.orgId } })).comment).toHaveLength(MAX_TEXT_ANSWER_LENGTH);
  });
});

// Each row: what to send on top of a valid submission, and which question the error names.
const INVALID: [string, (f: Fixture) => Record<string, unknown>, (f: Fixture) => string][] = [
  ["an NPS score above 10", (f) => ({ [f.ids.headline]: 11 }), (f) => f.ids.headline],
  ["an NPS score below 0", (f) => ({ [f.ids.headline]: -1 }), (f) => f.ids.headline],
  ["a non-integer score", (f) => ({ [f.ids.headline]: 8.5 }), (f) => f.ids.headline],
  ["a non-integer score as text", (f) => ({ [f.ids.headline]: "8.5" }), (f) => f.ids.headline],
  ["a score that is not a number", (f) => ({ [f.ids.headline]: "nine" }), (f) => f.ids.headline],
  ["a score given as a list", (f) => ({ [f.ids.headline]: ["9"] }), (f) => f.ids.headline],
  ["a rating off its own 1–7 scale", (f) => ({ [f.ids.rating]: 8 }), (f) => f.ids.rating],
  ["a missing required headline", (f) => ({ [f.ids.headline]: undefined }), (f) => f.ids.headline],
  ["a blank required headline", (f) => ({ [f.ids.headline]: " " }), (f) => f.ids.headline],
  ["a missing required choice", (f) => ({ [f.ids.channel]: undefined }), (f) => f.ids.channel],
  ["an unknown question id", () => ({ ckunknownquestion000000: "hello" }), () => "ckunknownquestion000000"],
  ["an archived question", (f) => ({ [f.ids.archived]: "old version" }), (f) => f.ids.archived],
  ["a choice not among the options", (f) => ({ [f.ids.channel]: "email" }), (f) => f.ids.channel],
  ["a multiple choice with an unknown option", (f) => ({ [f.ids.topics]: ["a", "zzz"] }), (f) => f.ids.topics],
  ["a multiple choice naming an option twice", (f) => ({ [f.ids.topics]: ["a", "a"] }), (f) => f.ids.topics],
  ["an open text of 5,001 characters", (f) => ({ [f.ids.better]: "y".repeat(MAX_TEXT_ANSWER_LENGTH + 1) }), (f) => f.ids.better],
  ["an open text with a NUL character", (f) => ({ [f.ids.better]: "a\u0000b" }), (f) => f.ids.better],
];

describe("an invalid submission stores nothing", () => {
  it.each(INVALID)("%s", async (_name, change, path) => {
    const before = await stored(acme.orgId);
    const answers = Object.fromEntries(Object.entries({ ...valid(f), ...change(f) }).filter(([, v]) => v !== undefined));
    const error = await submit(f, answers).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "validation_failed" });
    expect((error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path)).toContainEqual([path(f)]);
    expect(await stored(acme.orgId)).toEqual(before);
  });

  it("a question of another of the organization's surveys is unknown here", async () => {
    const other = await makeAnsweringSurvey(acme.orgId);
    await expect(submit(f, { ...valid(f), [other.ids.better]: "wrong survey" })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("an empty submission to a survey with no required question is refused", async () => {
    const org = await makeOrg();
    const g = await makeAnsweringSurvey(org.orgId);
    await db.question.updateMany({ where: { surveyId: g.surveyId }, data: { required: false } });
    await expect(submit(g, {})).rejects.toMatchObject({ code: "validation_failed" });
    expect(await stored(org.orgId)).toEqual({ responses: 0, answers: 0, rollups: 0, n: 0 });
  });
});

describe("links that take no answers", () => {
  it.each(["CLOSED", "DRAFT"] as const)("a %s survey is refused and shows as closed", async (status) => {
    const org = await makeOrg();
    const g = await makeAnsweringSurvey(org.orgId, { status });
    expect(await loadAnsweringForm(db, { token: g.link.token })).toEqual({ state: "closed" });
    await expect(submit(g, valid(g))).rejects.toMatchObject({ code: "not_found", message: CLOSED_MESSAGE });
    expect(await stored(org.orgId)).toEqual({ responses: 0, answers: 0, rollups: 0, n: 0 });
  });

  it.each([
    ["an unknown token", "A".repeat(22)],
    ["a token with a NUL byte", `${"A".repeat(21)}\u0000`],
    ["a token far too long", "A".repeat(10_000)],
    ["an empty token", ""],
    ["a path", "../../api/v1/teams"],
  ])("%s is not found, never an error", async (_name, token) => {
    expect(await loadAnsweringForm(db, { token })).toEqual({ state: "not_found" });
    await expect(submitAnswers(db, { token, answers: valid(f), address: address(), alreadyAnswered: false, now: NOW })).rejects.toMatchObject({ code: "not_found" });
  });

  it("a personal link's token is not a public link", async () => {
    const personal = await db.distribution.create({
      data: { orgId: acme.orgId, surveyId: f.surveyId, teamId: f.teamId, kind: "PERSONAL_LINK", token: randomBytes(16).toString("base64url") },
    });
    expect(await loadAnsweringForm(db, { token: personal.token })).toEqual({ state: "not_found" });
  });
});

describe("the per-browser guard", () => {
  it("a browser that already answered is thanked and nothing is stored or counted", async () => {
    const org = await makeOrg();
    const g = await makeAnsweringSurvey(org.orgId);
    const from = address();
    expect(await submit(g, valid(g), { alreadyAnswered: true, address: from })).toEqual({ outcome: "already_answered" });
    expect(await stored(org.orgId)).toEqual({ responses: 0, answers: 0, rollups: 0, n: 0 });
    expect(await db.rateLimit.count({ where: { key: { contains: from } } })).toBe(0);
  });
});

describe("rate limits per address", () => {
  it(`allows ${ANSWER_LIMITS.perSurvey.limit} answers per survey in the window, then refuses; other surveys and addresses are unaffected`, async () => {
    const org = await makeOrg();
    const g = await makeAnsweringSurvey(org.orgId);
    const h = await makeAnsweringSurvey(org.orgId);
    const from = address();
    for (let i = 0; i < ANSWER_LIMITS.perSurvey.limit; i++) await submit(g, valid(g), { address: from });
    await expect(submit(g, valid(g), { address: from })).rejects.toMatchObject({ code: "rate_limited", message: "Too many responses from your network, try later." });
    expect(await db.response.count({ where: { surveyId: g.surveyId } })).toBe(ANSWER_LIMITS.perSurvey.limit);
    await expect(submit(h, valid(h), { address: from })).resolves.toMatchObject({ outcome: "stored" });
    await expect(submit(g, valid(g), { address: address() })).resolves.toMatchObject({ outcome: "stored" });
    // A new window starts once the old one has passed.
    const later = new Date(NOW.getTime() + ANSWER_LIMITS.perSurvey.windowMs + 1000);
    await expect(submit(g, valid(g), { address: from, now: later })).resolves.toMatchObject({ outcome: "stored" });
  });

  it(`refuses everything from an address past ${ANSWER_LIMITS.overall.limit} attempts in an hour, unknown tokens included`, async () => {
    const from = address();
    await db.rateLimit.create({ data: { key: overallKey(from), count: ANSWER_LIMITS.overall.limit, windowStart: NOW, expiresAt: new Date(NOW.getTime() + 60_000) } });
    const before = await stored(acme.orgId);
    await expect(submit(f, valid(f), { address: from })).rejects.toMatchObject({ code: "rate_limited" });
    await expect(submitAnswers(db, { token: "B".repeat(22), answers: {}, address: from, alreadyAnswered: false, now: NOW })).rejects.toMatchObject({ code: "rate_limited" });
    expect(await stored(acme.orgId)).toEqual(before);
  });
});

describe("employee surveys through a public link", () => {
  it("store no identity and the day only", async () => {
    const org = await makeOrg();
    const g = await makeAnsweringSurvey(org.orgId, { metric: "ENPS" });
    await submit(g, { ...valid(g), [g.ids.better]: "More training" });
    const response = await db.response.findFirstOrThrow({ where: { orgId: org.orgId } });
    expect(response).toMatchObject({ submittedAt: null, submittedOn: new Date("2024-05-01T00:00:00Z"), respondentEmail: null, idempotencyKey: null, teamId: g.teamId, score: 9 });
    expect(await db.dailyRollup.findFirstOrThrow({ where: { orgId: org.orgId } })).toMatchObject({ metric: "ENPS", n: 1, h9: 1 });
  });
});

describe("cross-organization", () => {
  it("a token of one organization only ever writes into that organization, for the link's team", async () => {
    const globex = await makeOrg({ name: "Globex" });
    const theirs = await makeAnsweringSurvey(globex.orgId);
    const globexBefore = await stored(globex.orgId);
    // Answers naming the other organization's questions are unknown questions here.
    await expect(submit(f, { ...valid(f), [theirs.ids.better]: "sneaky" })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(submit(f, { [theirs.ids.headline]: 10, [theirs.ids.channel]: "shop" })).rejects.toMatchObject({ code: "validation_failed" });
    const result = await submit(f, valid(f));
    const response = await db.response.findUniqueOrThrow({ where: { id: result.outcome === "stored" ? result.responseId : "" } });
    expect(response).toMatchObject({ orgId: acme.orgId, teamId: f.teamId, surveyId: f.surveyId });
    expect(await stored(globex.orgId)).toEqual(globexBefore);
  });
});

describe("the form's fields", () => {
  it("turn into answers keyed by question id; stray fields are ignored", () => {
    const parsed = answerFormSchema.parse({ token: "t", "q:abc": "9", "m:def:a": "on", "m:def:c": "on", "q:txt": "hi", other: "x", "m:bad": "on" });
    expect(parsed).toEqual({ token: "t", answers: { abc: "9", def: ["a", "c"], txt: "hi" } });
  });

  it("are checked by the same rules in the browser and on the server", () => {
    const question = { id: "q1", type: "NPS" as const, prompt: "p", required: true, isHeadline: true, scale: { min: 0, max: 10 }, options: [] };
    expect(checkAnswers([question], { q1: "10" }).issues).toEqual([]);
    expect(checkAnswers([question], { q1: "1e1" }).issues).toHaveLength(1);
    expect(checkAnswers([question], {}).issues).toEqual([{ path: ["q1"], message: "Please answer this question" }]);
  });
});
