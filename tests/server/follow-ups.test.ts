/**
 * Working follow-ups against a real PostgreSQL: who sees which case, owner assignment within
 * scope, firstActionAt set once, closing with an outcome, reopening, the list's order and
 * filters, and the median and p90 times over closed cases.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { HOUR_MS, MINUTE_MS } from "@/core/follow-ups/durations";
import { listFollowUpsQuerySchema } from "@/lib/schemas/follow-up";
import type { Role } from "@/lib/roles";
import { db } from "@/server/db";
import type { FollowUpActor } from "@/server/follow-ups/follow-up-scope";
import { getFollowUp } from "@/server/follow-ups/get-follow-up";
import { getFollowUpTimes, listFollowUps } from "@/server/follow-ups/list-follow-ups";
import { listOpenFollowUps } from "@/server/follow-ups/list-open-follow-ups";
import { addFollowUpNote, updateFollowUp } from "@/server/follow-ups/update-follow-up";
import { makeMember, makeOrg, makeTeam } from "../factories";
import { makeCommentSurvey, makeCustomerResponse, makeFollowUp, type CommentSurvey } from "../factories/follow-ups";

type Org = Awaited<ReturnType<typeof makeOrg>>;
let acme: Org, globex: Org;
let nps: CommentSurvey, csat: CommentSurvey;
let region: string, store: string, sibling: string, elsewhere: string;
const people: Record<string, { userId: string; role: Role; teamId: string | null }> = {};

const actor = (name: string): FollowUpActor => people[name]!;
const query = (q: Record<string, unknown> = {}) => listFollowUpsQuerySchema.parse(q);

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  globex = await makeOrg({ name: "Globex" });
  nps = await makeCommentSurvey(acme.orgId, "NPS");
  csat = await makeCommentSurvey(acme.orgId, "CSAT");
  region = (await makeTeam(acme.orgId, { name: "North" })).id;
  store = (await makeTeam(acme.orgId, { name: "Downtown", parentId: region })).id;
  sibling = (await makeTeam(acme.orgId, { name: "Uptown", parentId: region })).id;
  elsewhere = (await makeTeam(acme.orgId, { name: "South" })).id;
  const add = async (name: string, role: Role, teamId: string | null, orgId = acme.orgId) => {
    const m = await makeMember(orgId, { role, teamId, name });
    people[name] = { userId: m.userId, role, teamId };
  };
  await add("Carla Leader", "CX_LEADER", null);
  await add("Rita Regional", "MANAGER", region);
  await add("Sam Store", "MANAGER", store);
  await add("Una Uptown", "MANAGER", sibling);
  await add("Fay Frontline", "FRONTLINE", store);
  await add("Otto Other", "FRONTLINE", sibling);
  await add("Nora Noteam", "FRONTLINE", null);
  await add("Hana HR", "HR", null);
  await add("Gus Globex", "OWNER", null, globex.orgId);
});

describe("scope", () => {
  it("lets each role see exactly its teams' cases, and nobody another organization's", async () => {
    const org = await makeOrg();
    const survey = await makeCommentSurvey(org.orgId);
    const team = await makeTeam(org.orgId);
    await makeFollowUp(org.orgId, survey, { teamId: team.id });
    const inStore = await makeFollowUp(acme.orgId, nps, { teamId: store });
    const inSibling = await makeFollowUp(acme.orgId, nps, { teamId: sibling });
    const inSouth = await makeFollowUp(acme.orgId, nps, { teamId: elsewhere });
    const seen = async (name: string) => {
      const list = await listFollowUps(db, { orgId: acme.orgId, actor: actor(name), query: query({ limit: 100 }) });
      return new Set(list.followUps.map((f) => f.id));
    };
    const leader = await seen("Carla Leader");
    expect([inStore, inSibling, inSouth].every((f) => leader.has(f.followUpId))).toBe(true);
    const regional = await seen("Rita Regional");
    expect([regional.has(inStore.followUpId), regional.has(inSibling.followUpId), regional.has(inSouth.followUpId)]).toEqual([true, true, false]);
    const frontline = await seen("Fay Frontline");
    expect([frontline.has(inStore.followUpId), frontline.has(inSibling.followUpId), frontline.has(inSouth.followUpId)]).toEqual([true, false, false]);
    expect((await seen("Nora Noteam")).size).toBe(0);
    expect((await seen("Hana HR")).size).toBe(0);
    // Another organization's member, with the same ids: nothing, and 404 on the case.
    const gus = actor("Gus Globex");
    expect((await listFollowUps(db, { orgId: globex.orgId, actor: gus, query: query() })).total).toBe(0);
    await expect(getFollowUp(db, { orgId: globex.orgId, actor: gus, followUpId: inStore.followUpId })).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers 404 on the detail and on every action outside the scope", async () => {
    const { followUpId } = await makeFollowUp(acme.orgId, nps, { teamId: store });
    for (const name of ["Otto Other", "Una Uptown", "Nora Noteam", "Hana HR"]) {
      const who = actor(name);
      await expect(getFollowUp(db, { orgId: acme.orgId, actor: who, followUpId })).rejects.toMatchObject({ code: "not_found" });
      await expect(updateFollowUp(db, { orgId: acme.orgId, actor: who, followUpId, input: { status: "IN_PROGRESS" } })).rejects.toMatchObject({ code: "not_found" });
      await expect(addFollowUpNote(db, { orgId: acme.orgId, actor: who, followUpId, input: { body: "hello" } })).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(updateFollowUp(db, { orgId: globex.orgId, actor: actor("Gus Globex"), followUpId, input: { status: "IN_PROGRESS" } })).rejects.toMatchObject({ code: "not_found" });
    const untouched = await db.followUp.findUniqueOrThrow({ where: { id: followUpId } });
    expect(untouched).toMatchObject({ status: "OPEN", firstActionAt: null });
    expect(await db.followUpNote.count({ where: { followUpId } })).toBe(0);
  });

  it("refuses a team filter outside the scope as not found", async () => {
    await expect(listFollowUps(db, { orgId: acme.orgId, actor: actor("Sam Store"), query: query({ teamId: sibling }) })).rejects.toMatchObject({ code: "not_found" });
    const narrowed = await listFollowUps(db, { orgId: acme.orgId, actor: actor("Rita Regional"), query: query({ teamId: sibling, limit: 100 }) });
    expect(narrowed.followUps.every((f) => f.teamId === sibling)).toBe(true);
  });
});

describe("working a case", () => {
  it("assigns only members whose scope includes the team, and notifies an owner assigned by someone else", async () => {
    const { followUpId } = await makeFollowUp(acme.orgId, nps, { teamId: store, comment: "Nobody helped me" });
    const t0 = new Date("2026-02-01T10:00:00Z");
    for (const name of ["Una Uptown", "Otto Other", "Hana HR", "Gus Globex"]) {
      await expect(
        updateFollowUp(db, { orgId: acme.orgId, actor: actor("Rita Regional"), followUpId, input: { ownerId: people[name]!.userId }, now: t0 }),
      ).rejects.toMatchObject({ code: "validation_failed", issues: [{ path: ["ownerId"] }] });
    }
    const assigned = await updateFollowUp(db, { orgId: acme.orgId, actor: actor("Rita Regional"), followUpId, input: { ownerId: people["Fay Frontline"]!.userId }, now: t0 });
    expect(assigned).toMatchObject({ ownerId: people["Fay Frontline"]!.userId, ownerName: "Fay Frontline", firstActionAt: t0.toISOString() });
    const note = await db.notification.findFirstOrThrow({ where: { userId: people["Fay Frontline"]!.userId, kind: "followup.assigned" } });
    expect(note).toMatchObject({ link: `/follow-ups/${followUpId}`, title: "You own a follow-up: NPS 2 at Downtown", body: "Nobody helped me" });
    // Taking it yourself notifies nobody.
    await updateFollowUp(db, { orgId: acme.orgId, actor: actor("Sam Store"), followUpId, input: { ownerId: people["Sam Store"]!.userId } });
    expect(await db.notification.count({ where: { userId: people["Sam Store"]!.userId, kind: "followup.assigned" } })).toBe(0);
  });

  it("sets firstActionAt on the first action only, and measures both times", async () => {
    const { followUpId } = await makeFollowUp(acme.orgId, nps, { teamId: store });
    const opened = (await db.followUp.findUniqueOrThrow({ where: { id: followUpId } })).createdAt;
    const at = (ms: number) => new Date(opened.getTime() + ms);
    const who = actor("Sam Store");
    const first = await addFollowUpNote(db, { orgId: acme.orgId, actor: who, followUpId, input: { body: "Called, voicemail" }, now: at(2 * HOUR_MS) });
    expect(first.firstActionAt).toBe(at(2 * HOUR_MS).toISOString());
    expect(first.timeToFirstActionSeconds).toBe(7200);
    await updateFollowUp(db, { orgId: acme.orgId, actor: who, followUpId, input: { status: "IN_PROGRESS" }, now: at(3 * HOUR_MS) });
    await addFollowUpNote(db, { orgId: acme.orgId, actor: who, followUpId, input: { body: "Reached them" }, now: at(5 * HOUR_MS) });
    const closed = await updateFollowUp(db, { orgId: acme.orgId, actor: who, followUpId, input: { status: "CLOSED", outcome: "Refunded the delivery fee" }, now: at(26 * HOUR_MS) });
    expect(closed).toMatchObject({ status: "CLOSED", outcome: "Refunded the delivery fee", firstActionAt: at(2 * HOUR_MS).toISOString(), closedAt: at(26 * HOUR_MS).toISOString() });
    expect(closed.timeToCloseSeconds).toBe(26 * 3600);
    expect(closed.notes.map((n) => [n.body, n.authorName])).toEqual([["Called, voicemail", "Sam Store"], ["Reached them", "Sam Store"]]);
  });

  it("refuses to close without an outcome, or an outcome without closing", async () => {
    const { followUpId } = await makeFollowUp(acme.orgId, nps, { teamId: store });
    const who = actor("Sam Store");
    await expect(updateFollowUp(db, { orgId: acme.orgId, actor: who, followUpId, input: { status: "CLOSED" } })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(updateFollowUp(db, { orgId: acme.orgId, actor: who, followUpId, input: { outcome: "Done" } })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(updateFollowUp(db, { orgId: acme.orgId, actor: who, followUpId, input: { status: "IN_PROGRESS", outcome: "Done" } })).rejects.toMatchObject({ code: "validation_failed" });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: followUpId } })).toMatchObject({ status: "OPEN", firstActionAt: null, closedAt: null });
  });

  it("reopens a closed case: the close is cleared, the old outcome kept in a note, firstActionAt kept", async () => {
    const { followUpId } = await makeFollowUp(acme.orgId, csat, { teamId: store });
    const who = actor("Fay Frontline");
    const t1 = new Date(Date.now() + MINUTE_MS);
    await updateFollowUp(db, { orgId: acme.orgId, actor: who, followUpId, input: { status: "CLOSED", outcome: "Apologised" }, now: t1 });
    const reopened = await updateFollowUp(db, { orgId: acme.orgId, actor: who, followUpId, input: { status: "IN_PROGRESS" }, now: new Date(t1.getTime() + HOUR_MS) });
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", closedAt: null, outcome: null, firstActionAt: t1.toISOString(), timeToCloseSeconds: null });
    expect(reopened.notes.map((n) => n.body)).toEqual(["Reopened. The earlier outcome was: Apologised"]);
  });

  it("shows the response's answers with their wording and the customer's email when known", async () => {
    const { followUpId, responseId } = await makeFollowUp(acme.orgId, nps, { teamId: store, score: 4, comment: "Parcel arrived broken" });
    await db.response.update({ where: { id: responseId }, data: { respondentEmail: "pat@example.test" } });
    const detail = await getFollowUp(db, { orgId: acme.orgId, actor: actor("Carla Leader"), followUpId });
    expect(detail).toMatchObject({ score: 4, comment: "Parcel arrived broken", metric: "NPS", teamName: "Downtown", respondentEmail: "pat@example.test" });
    expect(detail.answers).toEqual([expect.objectContaining({ value: "4 of 10" })]);
  });
});

describe("lists and times", () => {
  it("puts open cases first, oldest first, then closed ones, and filters by status, owner and metric", async () => {
    const org = await makeOrg();
    const s1 = await makeCommentSurvey(org.orgId, "NPS");
    const s2 = await makeCommentSurvey(org.orgId, "CSAT");
    const team = await makeTeam(org.orgId);
    const boss = await makeMember(org.orgId, { role: "CX_LEADER", name: "Bo" });
    const who: FollowUpActor = { userId: boss.userId, role: "CX_LEADER", teamId: null };
    const a = await makeFollowUp(org.orgId, s1, { teamId: team.id });
    const b = await makeFollowUp(org.orgId, s2, { teamId: team.id });
    const c = await makeFollowUp(org.orgId, s1, { teamId: team.id });
    const base = Date.now();
    await db.followUp.update({ where: { id: a.followUpId }, data: { createdAt: new Date(base - 3 * HOUR_MS) } });
    await db.followUp.update({ where: { id: b.followUpId }, data: { createdAt: new Date(base - 2 * HOUR_MS) } });
    await db.followUp.update({ where: { id: c.followUpId }, data: { createdAt: new Date(base - 4 * HOUR_MS) } });
    await updateFollowUp(db, { orgId: org.orgId, actor: who, followUpId: c.followUpId, input: { status: "CLOSED", outcome: "ok" } });
    await updateFollowUp(db, { orgId: org.orgId, actor: who, followUpId: b.followUpId, input: { ownerId: boss.userId } });
    const ids = async (q: Record<string, unknown>) => (await listFollowUps(db, { orgId: org.orgId, actor: who, query: query(q) })).followUps.map((f) => f.id);
    expect(await ids({ status: "all" })).toEqual([a.followUpId, b.followUpId, c.followUpId]);
    expect(await ids({})).toEqual([a.followUpId, b.followUpId]);
    expect(await ids({ status: "CLOSED" })).toEqual([c.followUpId]);
    expect(await ids({ owner: "unassigned" })).toEqual([a.followUpId]);
    expect(await ids({ owner: boss.userId })).toEqual([b.followUpId]);
    expect(await ids({ metric: "CSAT", status: "all" })).toEqual([b.followUpId]);
    const page = await listFollowUps(db, { orgId: org.orgId, actor: who, query: query({ status: "all", limit: 2 }) });
    expect([page.total, page.nextOffset]).toEqual([3, 2]);
    const open = await listOpenFollowUps(db, { orgId: org.orgId, teamIds: null, take: 10 });
    expect(open.items.map((i) => [i.id, i.status, i.ownerName, i.metric])).toEqual([
      [a.followUpId, "OPEN", null, "NPS"],
      [b.followUpId, "OPEN", "Bo", "CSAT"],
    ]);
  });

  it("computes median and p90 times over the closed cases of the period (hand-computed)", async () => {
    const org = await makeOrg();
    const survey = await makeCommentSurvey(org.orgId, "NPS");
    const team = await makeTeam(org.orgId);
    const other = await makeTeam(org.orgId);
    const boss = await makeMember(org.orgId, { role: "ADMIN" });
    const who: FollowUpActor = { userId: boss.userId, role: "ADMIN", teamId: null };
    const opened = new Date("2026-03-01T08:00:00Z");
    // First action after 1, 2, 3, 4 h; close after 10, 20, 30, 100 h.
    const cases = [
      [1, 10],
      [2, 20],
      [3, 30],
      [4, 100],
    ] as const;
    for (const [first, close] of cases) {
      const { followUpId } = await makeFollowUp(org.orgId, survey, { teamId: team.id });
      await db.followUp.update({ where: { id: followUpId }, data: { createdAt: opened } });
      await addFollowUpNote(db, { orgId: org.orgId, actor: who, followUpId, input: { body: "On it" }, now: new Date(opened.getTime() + first * HOUR_MS) });
      await updateFollowUp(db, { orgId: org.orgId, actor: who, followUpId, input: { status: "CLOSED", outcome: "Solved" }, now: new Date(opened.getTime() + close * HOUR_MS) });
    }
    // Outside the period (closed in April), on another team, and still open: none of them count.
    const late = await makeFollowUp(org.orgId, survey, { teamId: team.id });
    await updateFollowUp(db, { orgId: org.orgId, actor: who, followUpId: late.followUpId, input: { status: "CLOSED", outcome: "x" }, now: new Date("2026-04-02T00:00:00Z") });
    await makeFollowUp(org.orgId, survey, { teamId: other.id });
    const times = await getFollowUpTimes(db, { orgId: org.orgId, actor: who, filters: { teamId: team.id }, from: "2026-03-01", to: "2026-03-31" });
    // Median of 1,2,3,4 h = 2.5 h; p90: h = 3·0.9 = 2.7 → 3 + 0.7·(4 − 3) = 3.7 h.
    // Median of 10,20,30,100 h = 25 h; p90: 30 + 0.7·(100 − 30) = 79 h.
    expect(times.closed).toBe(4);
    expect(times.firstAction).toEqual({ n: 4, median: 2.5 * HOUR_MS, p90: 3.7 * HOUR_MS });
    expect(times.close.n).toBe(4);
    expect(times.close.median).toBe(25 * HOUR_MS);
    expect(times.close.p90).toBeCloseTo(79 * HOUR_MS, 3);
    const none = await getFollowUpTimes(db, { orgId: org.orgId, actor: who, filters: { metric: "CSAT" }, from: "2026-03-01", to: "2026-03-31" });
    expect(none).toMatchObject({ closed: 0, firstAction: { n: 0, median: null, p90: null } });
  });
});

describe("comment-less responses", () => {
  it("open no case, so there is nothing to work", async () => {
    const made = await makeCustomerResponse(acme.orgId, nps, { teamId: store, score: 0, comment: null });
    expect(made.followUpId).toBeNull();
  });
});
