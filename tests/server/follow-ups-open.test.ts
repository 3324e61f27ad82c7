/**
 * Follow-ups open where responses are written, against a real PostgreSQL: a customer detractor
 * (NPS 0–6) or dissatisfied customer (CSAT 1–2) with a comment opens one case for the team,
 * through every write path (public link, REST batch, CSV import commit), in the response's own
 * transaction; nothing else does. The team's managers up the tree are notified.
 */
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import * as responsesRoute from "@/app/api/v1/responses/route";
import { db } from "@/server/db";
import { loadImportTargets } from "@/server/csv/import-targets";
import { runImport } from "@/server/csv/run-import";
import { makeMember, makeOrg, makeTeam } from "../factories";
import { answerPublicLink, makeCommentSurvey, makeCustomerResponse, type CommentSurvey } from "../factories/follow-ups";
import { call } from "../http";

type Org = Awaited<ReturnType<typeof makeOrg>>;
let acme: Org;
let nps: CommentSurvey, csat: CommentSurvey, enps: CommentSurvey;
let region: string, store: string, otherStore: string;
let regionManager: string, storeManager: string, otherManager: string, frontline: string;

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  [nps, csat, enps] = [await makeCommentSurvey(acme.orgId, "NPS"), await makeCommentSurvey(acme.orgId, "CSAT"), await makeCommentSurvey(acme.orgId, "ENPS")];
  region = (await makeTeam(acme.orgId, { name: "North" })).id;
  store = (await makeTeam(acme.orgId, { name: "Downtown", parentId: region })).id;
  otherStore = (await makeTeam(acme.orgId, { name: "Harbour" })).id;
  regionManager = (await makeMember(acme.orgId, { role: "MANAGER", teamId: region })).userId;
  storeManager = (await makeMember(acme.orgId, { role: "MANAGER", teamId: store })).userId;
  otherManager = (await makeMember(acme.orgId, { role: "MANAGER", teamId: otherStore })).userId;
  frontline = (await makeMember(acme.orgId, { role: "FRONTLINE", teamId: store })).userId;
});

const followUpOf = (responseId: string) => db.followUp.findUnique({ where: { responseId } });

describe("the rule, through the public link", () => {
  it.each([
    ["NPS", 0, true],
    ["NPS", 6, true],
    ["NPS", 7, false],
    ["NPS", 8, false],
    ["NPS", 9, false],
    ["NPS", 10, false],
    ["CSAT", 1, true],
    ["CSAT", 2, true],
    ["CSAT", 3, false],
    ["CSAT", 5, false],
  ] as const)("%s %i with a comment opens a case: %s", async (metric, score, opens) => {
    const survey = metric === "NPS" ? nps : csat;
    const responseId = await answerPublicLink(acme.orgId, survey, { teamId: store, score, comment: "It could have gone better" });
    const followUp = await followUpOf(responseId);
    if (!opens) return expect(followUp).toBeNull();
    expect(followUp).toMatchObject({ orgId: acme.orgId, teamId: store, status: "OPEN", ownerId: null, firstActionAt: null, closedAt: null, outcome: null });
  });

  it("opens nothing without a comment, or for an employee's answer", async () => {
    const silent = await answerPublicLink(acme.orgId, nps, { teamId: store, score: 0 });
    expect(await followUpOf(silent)).toBeNull();
    const blank = await answerPublicLink(acme.orgId, csat, { teamId: store, score: 1, comment: "   " });
    expect(await followUpOf(blank)).toBeNull();
    const employee = await makeCustomerResponse(acme.orgId, enps, { teamId: store, score: 0, comment: "I am unhappy here" });
    expect(employee.followUpId).toBeNull();
  });

  it("notifies the managers whose subtree holds the team, not others", async () => {
    const before = await db.notification.count({ where: { orgId: acme.orgId, kind: "followup.opened" } });
    const responseId = await answerPublicLink(acme.orgId, nps, { teamId: store, score: 3, comment: "Nobody answered the phone" });
    const followUp = await followUpOf(responseId);
    const notes = await db.notification.findMany({ where: { orgId: acme.orgId, kind: "followup.opened", link: `/follow-ups/${followUp!.id}` } });
    expect(notes.map((n) => n.userId).sort()).toEqual([regionManager, storeManager].sort());
    expect(notes[0]).toMatchObject({ title: "A customer needs a follow-up: NPS 3 at Downtown", body: "Nobody answered the phone", readAt: null });
    expect(await db.notification.count({ where: { orgId: acme.orgId, kind: "followup.opened" } })).toBe(before + 2);
    expect(await db.notification.count({ where: { userId: { in: [otherManager, frontline] } } })).toBe(0);
  });
});

describe("the REST batch", () => {
  it("opens cases in the batch's own statement for exactly the qualifying items, and none twice", async () => {
    const key = acme.apiKey;
    const items = [
      { surveyId: nps.surveyId, teamId: store, score: 6, comment: "Slow" },
      { surveyId: nps.surveyId, teamId: store, score: 7, comment: "Fine" },
      { surveyId: nps.surveyId, teamId: otherStore, score: 2 },
      { surveyId: csat.surveyId, teamId: otherStore, score: 2, comment: "Rude", idempotencyKey: "batch-rude" },
      { surveyId: csat.surveyId, teamId: otherStore, score: 3, comment: "Meh" },
      { surveyId: enps.surveyId, teamId: store, score: 0, comment: "Employee words" },
    ];
    const res = await call(responsesRoute.POST, "POST", { key, body: { responses: items } });
    expect(res.status).toBe(201);
    const cases = await db.followUp.findMany({
      where: { orgId: acme.orgId, response: { comment: { in: ["Slow", "Fine", "Rude", "Meh", "Employee words"] } } },
      select: { teamId: true, status: true, response: { select: { comment: true, score: true } } },
    });
    expect(cases.map((c) => c.response.comment).sort()).toEqual(["Rude", "Slow"]);
    expect(cases.find((c) => c.response.comment === "Rude")).toMatchObject({ teamId: otherStore, status: "OPEN" });
    // The same idempotency key again stores nothing and opens nothing.
    await call(responsesRoute.POST, "POST", { key, body: { responses: [items[3]] } });
    expect(await db.followUp.count({ where: { orgId: acme.orgId, response: { comment: "Rude" } } })).toBe(1);
    const managerNote = await db.notification.findFirst({ where: { userId: otherManager, kind: "followup.opened" } });
    expect(managerNote?.title).toBe("A customer needs a follow-up: CSAT 2 at Harbour");
  });

  it("opens a case for each detractor of a 1000-item batch, and sums them up in one notification per manager and team", async () => {
    const org = await makeOrg();
    const survey = await makeCommentSurvey(org.orgId, "NPS");
    const team = await makeTeam(org.orgId);
    const manager = await makeMember(org.orgId, { role: "MANAGER", teamId: team.id });
    const items = Array.from({ length: 1000 }, (_, i) => ({ surveyId: survey.surveyId, teamId: team.id, score: i % 11, comment: `Comment ${i}` }));
    const res = await call(responsesRoute.POST, "POST", { key: org.apiKey, body: { responses: items } });
    expect(res.status).toBe(201);
    // Scores run 0..10 in turn: 90 full cycles (630 at 0–6) and 0..9 for the last 10 (7 more).
    const expected = 637;
    expect(items.filter((it) => it.score <= 6)).toHaveLength(expected);
    expect(await db.followUp.count({ where: { orgId: org.orgId } })).toBe(expected);
    const notes = await db.notification.findMany({ where: { orgId: org.orgId, kind: "followup.opened" } });
    expect(notes).toEqual([expect.objectContaining({ userId: manager.userId, title: `637 customers need a follow-up at ${team.name}`, body: null, link: `/follow-ups?team=${team.id}` })]);
  });
});

describe("the CSV import", () => {
  it("opens cases for the committed file's detractors with comments, once however often it is committed", async () => {
    const csv = ["Team,Score,Date,Comment", "Downtown,1,2025-05-01,Broken zip", "Downtown,1,2025-05-01,", "Harbour,9,2025-05-01,Lovely"].join("\n");
    const commit = async () =>
      runImport(db, {
        orgId: acme.orgId,
        actor: { userId: acme.ownerId },
        mode: "commit",
        mapping: { survey: { kind: "fixed", surveyId: nps.surveyId }, team: "Team", score: "Score", date: "Date", comment: "Comment" },
        targets: await loadImportTargets(db, { orgId: acme.orgId }),
        body: Readable.from([Buffer.from(csv, "utf8")]),
        fileName: "import.csv",
        emit: () => undefined,
        now: new Date("2026-01-01T00:00:00Z"),
      });
    expect(await commit()).toMatchObject({ phase: "done", created: 3 });
    expect(await commit()).toMatchObject({ phase: "done", created: 0 });
    const cases = await db.followUp.findMany({ where: { orgId: acme.orgId, response: { submittedOn: new Date("2025-05-01T00:00:00Z") } }, select: { teamId: true, response: { select: { comment: true } } } });
    expect(cases).toEqual([{ teamId: store, response: { comment: "Broken zip" } }]);
  });
});
