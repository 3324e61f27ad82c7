/**
 * The CX committee's page against a real PostgreSQL: blockers by the org's stall days, what
 * is waiting, what was done this period, managers' scope, and the committee lead's actions.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ideaStallDaysSchema } from "@/lib/schemas/idea";
import { db } from "@/server/db";
import { callForIdeas, getCommitteeView, setIdeaStallDays } from "@/server/ideas/committee";
import { makeIdeasWorld, rawIdea, rawVotes } from "../factories/ideas";
import { makeMember } from "../factories";

const DAY = 24 * 3600 * 1000;
const now = new Date("2026-05-20T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);

type World = Awaited<ReturnType<typeof makeIdeasWorld>>;
let w: World;
let ids: Record<string, string>;

const leaderView = (period: "month" | "30d" | "quarter" = "month") => getCommitteeView(db, { orgId: w.orgId, member: { role: "CX_LEADER", teamId: null }, period, now });

beforeAll(async () => {
  w = await makeIdeasWorld();
  await db.organization.update({ where: { id: w.orgId }, data: { cxMission: "Make every visit easy", ideaStallDays: 30 } });
  const voters = await Promise.all(Array.from({ length: 3 }, () => makeMember(w.orgId)));
  const make = (title: string, options: Parameters<typeof rawIdea>[1]) => rawIdea(w.orgId, { title, ...options });
  const rows = {
    stalledNew: await make("Stalled new", { createdAt: ago(45), status: "NEW", teamId: w.storeA.id }),
    stalledPlanned: await make("Stalled planned", { createdAt: ago(80), statusChangedAt: ago(31), status: "PLANNED", teamId: w.office.id }),
    almost: await make("Almost stalled", { createdAt: ago(40), statusChangedAt: ago(29), status: "IN_PROGRESS", teamId: w.storeB.id }),
    freshReview: await make("Fresh under review", { createdAt: ago(5), statusChangedAt: ago(2), status: "UNDER_REVIEW", teamId: w.storeB.id }),
    oldDone: await make("Old done", { createdAt: ago(200), statusChangedAt: ago(100), status: "DONE", teamId: w.storeA.id }),
    doneThisMonth: await make("Done this month", { createdAt: ago(60), statusChangedAt: ago(10), status: "DONE", teamId: w.storeA.id }),
    doneLastMonth: await make("Done in April", { createdAt: ago(90), statusChangedAt: ago(25), status: "DONE", teamId: w.office.id }),
    oldDeclined: await make("Old declined", { createdAt: ago(200), statusChangedAt: ago(150), status: "DECLINED" }),
    merged: await make("Merged away", { createdAt: ago(100), status: "NEW", teamId: w.storeA.id }),
  };
  ids = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.id]));
  await db.idea.update({ where: { id: ids.merged }, data: { mergedIntoId: ids.stalledNew } });
  await db.ideaStatusChange.create({ data: { orgId: w.orgId, ideaId: ids.doneThisMonth!, fromStatus: "IN_PROGRESS", toStatus: "DONE", note: "Rolled out to every store", createdAt: ago(10) } });
  await rawVotes(w.orgId, ids.freshReview!, voters.map((v) => ({ userId: v.userId, at: ago(1) })));
});

describe("the committee page", () => {
  it("shows the mission, and what waits for review by votes", async () => {
    const view = await leaderView();
    expect(view.mission).toBe("Make every visit easy");
    expect(view.scopedToTeams).toBe(false);
    expect(view.waiting.map((i) => i.title)).toEqual(["Fresh under review", "Stalled new"]);
    expect(view.waitingTotal).toBe(2);
  });

  it("lists open ideas whose status hasn't moved for the stall days as blockers, oldest first", async () => {
    const view = await leaderView();
    expect(view.stallDays).toBe(30);
    expect(view.blockers.map((i) => i.title)).toEqual(["Stalled new", "Stalled planned"]);
    expect(view.blockers.map((i) => i.stalledDays)).toEqual([45, 31]);
    expect(view.blockersTotal).toBe(2);
  });

  it("follows a change of the stall days", async () => {
    await setIdeaStallDays(db, { orgId: w.orgId, actor: { userId: w.leader.userId, role: "CX_LEADER" }, ideaStallDays: 20 });
    expect((await leaderView()).blockers.map((i) => i.title)).toEqual(["Stalled new", "Stalled planned", "Almost stalled"]);
    await setIdeaStallDays(db, { orgId: w.orgId, actor: { userId: w.admin.userId, role: "ADMIN" }, ideaStallDays: 30 });
    expect((await leaderView()).blockers).toHaveLength(2);
    const audit = await db.auditLog.findMany({ where: { orgId: w.orgId, action: "org.idea-stall-days" }, orderBy: { createdAt: "asc" }, select: { metadata: true } });
    expect(audit.map((a) => a.metadata)).toEqual([{ before: 30, after: 20 }, { before: 20, after: 30 }]);
  });

  it("keeps the stall days between 1 and 365 and lets only committee leads change them", async () => {
    expect(ideaStallDaysSchema.safeParse({ ideaStallDays: "0" }).success).toBe(false);
    expect(ideaStallDaysSchema.safeParse({ ideaStallDays: "366" }).success).toBe(false);
    expect(ideaStallDaysSchema.safeParse({ ideaStallDays: "2.5" }).success).toBe(false);
    expect(ideaStallDaysSchema.parse({ ideaStallDays: "365" })).toEqual({ ideaStallDays: 365 });
    const error = await setIdeaStallDays(db, { orgId: w.orgId, actor: { userId: w.manager.userId, role: "MANAGER" }, ideaStallDays: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("forbidden");
    expect((await db.organization.findUniqueOrThrow({ where: { id: w.orgId } })).ideaStallDays).toBe(30);
  });

  it("celebrates what was done in the chosen period, with the closing note", async () => {
    const month = await leaderView("month");
    expect(month.done.map((i) => [i.title, i.note])).toEqual([["Done this month", "Rolled out to every store"]]);
    expect(month.period.from).toEqual(new Date("2026-05-01T00:00:00Z"));
    expect((await leaderView("30d")).done.map((i) => i.title)).toEqual(["Done this month", "Done in April"]);
    expect((await leaderView("quarter")).done.map((i) => i.title)).toEqual(["Done this month", "Done in April"]);
  });

  it("shows a manager only their subtree's ideas", async () => {
    const view = await getCommitteeView(db, { orgId: w.orgId, member: { role: "MANAGER", teamId: w.region.id }, period: "30d", now });
    expect(view.scopedToTeams).toBe(true);
    expect(view.waiting.map((i) => i.title)).toEqual(["Fresh under review", "Stalled new"]);
    expect(view.blockers.map((i) => i.title)).toEqual(["Stalled new"]);
    expect(view.done.map((i) => i.title)).toEqual(["Done this month"]);
    const nobody = await getCommitteeView(db, { orgId: w.orgId, member: { role: "MANAGER", teamId: null }, period: "30d", now });
    expect([nobody.waiting, nobody.blockers, nobody.done]).toEqual([[], [], []]);
  });

  it("calls every other member for ideas, committee leads only", async () => {
    const members = await db.membership.count({ where: { orgId: w.orgId } });
    const count = await callForIdeas(db, { orgId: w.orgId, actor: { userId: w.leader.userId, role: "CX_LEADER" }, message: "What would make Saturdays easier?" });
    expect(count).toBe(members - 1);
    const notes = await db.notification.findMany({ where: { orgId: w.orgId, kind: "idea.call" }, select: { userId: true, body: true, link: true } });
    expect(notes).toHaveLength(members - 1);
    expect(notes.some((n) => n.userId === w.leader.userId)).toBe(false);
    expect(notes.every((n) => n.body === "What would make Saturdays easier?" && n.link === "/ideas/new")).toBe(true);
    const refused = await callForIdeas(db, { orgId: w.orgId, actor: { userId: w.manager.userId, role: "MANAGER" }, message: "x" }).catch((e: unknown) => e);
    expect((refused as AppError).code).toBe("forbidden");
    expect(await db.notification.count({ where: { orgId: w.orgId, kind: "idea.call" } })).toBe(members - 1);
  });
});
