/**
 * The team page's data against a real PostgreSQL: who may open which team's page, the
 * customer feedback of the team's subtree (never an employee's answer or comment), the kudos
 * wall, the open follow-ups, and the unread count the app shell shows.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/roles";
import { sendKudosSchema } from "@/lib/schemas/kudos";
import { db } from "@/server/db";
import { sendKudos } from "@/server/kudos/send-kudos";
import { countUnreadNotifications, markNotificationsRead } from "@/server/pulses/notifications";
import { getTeamPage, type TeamPageMember } from "@/server/team-page/get-team-page";
import { makeMember, makeOrg, makeTeam } from "../factories";
import { answerPublicLink, makeCommentSurvey, makeCustomerResponse, type CommentSurvey } from "../factories/follow-ups";

type Org = Awaited<ReturnType<typeof makeOrg>>;
let acme: Org, globex: Org;
let nps: CommentSurvey, enps: CommentSurvey;
let region: string, store: string, sibling: string, south: string;
const people: Record<string, TeamPageMember> = {};

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  globex = await makeOrg({ name: "Globex" });
  nps = await makeCommentSurvey(acme.orgId, "NPS");
  enps = await makeCommentSurvey(acme.orgId, "ENPS");
  region = (await makeTeam(acme.orgId, { name: "North" })).id;
  store = (await makeTeam(acme.orgId, { name: "Downtown", parentId: region })).id;
  sibling = (await makeTeam(acme.orgId, { name: "Uptown", parentId: region })).id;
  south = (await makeTeam(acme.orgId, { name: "South" })).id;
  const add = async (name: string, role: Role, teamId: string | null, orgId = acme.orgId) => {
    const m = await makeMember(orgId, { role, teamId, name });
    people[name] = { orgId, userId: m.userId, role, teamId };
  };
  await add("Carla Leader", "CX_LEADER", null);
  await add("Hana HR", "HR", null);
  await add("Rita Regional", "MANAGER", region);
  await add("Sam Store", "MANAGER", store);
  await add("Fay Frontline", "FRONTLINE", store);
  await add("Otto Other", "FRONTLINE", sibling);
  await add("Nora Noteam", "FRONTLINE", null);
  await add("Gus Globex", "OWNER", null, globex.orgId);

  await answerPublicLink(acme.orgId, nps, { teamId: store, score: 10, comment: "Fay found my size", now: new Date("2026-01-05T10:00:00Z") });
  await answerPublicLink(acme.orgId, nps, { teamId: store, score: 2, comment: "Till was closed", now: new Date("2026-01-06T10:00:00Z") });
  await answerPublicLink(acme.orgId, nps, { teamId: store, score: 8 });
  await answerPublicLink(acme.orgId, nps, { teamId: sibling, score: 9, comment: "Uptown is lovely", now: new Date("2026-01-04T10:00:00Z") });
  // Employee answers with comments, on the same teams: never on a team page.
  await makeCustomerResponse(acme.orgId, enps, { teamId: store, score: 0, comment: "EMPLOYEE SECRET store" });
  await makeCustomerResponse(acme.orgId, enps, { teamId: region, score: 10, comment: "EMPLOYEE SECRET region" });
});

const page = (name: string, teamId: string) => getTeamPage(db, { member: people[name]!, teamId });

describe("who opens which team page", () => {
  it.each([
    ["Carla Leader", "south", true],
    ["Hana HR", "south", true],
    ["Rita Regional", "store", true],
    ["Rita Regional", "south", false],
    ["Sam Store", "region", false],
    ["Fay Frontline", "store", true],
    ["Fay Frontline", "sibling", false],
    ["Fay Frontline", "region", false],
    ["Nora Noteam", "store", false],
  ] as const)("%s → %s: %s", async (name, which, allowed) => {
    const teamId = { store, sibling, south, region }[which];
    const attempt = page(name, teamId);
    if (allowed) await expect(attempt).resolves.toMatchObject({ team: { id: teamId } });
    else await expect(attempt).rejects.toMatchObject({ code: "not_found" });
  });

  it("is a 404 for another organization's member", async () => {
    await expect(page("Gus Globex", store)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("what the page shows", () => {
  it("shows the subtree's customer comments, newest first, and never an employee's", async () => {
    const regionPage = await page("Rita Regional", region);
    expect(regionPage.feedback.map((f) => f.comment)).toEqual(["Till was closed", "Fay found my size", "Uptown is lovely"]);
    const storePage = await page("Fay Frontline", store);
    expect(storePage).toMatchObject({ team: { name: "Downtown" }, parents: [{ id: region, name: "North" }], childCount: 0 });
    expect(storePage.feedback.map((f) => f.comment)).toEqual(["Till was closed", "Fay found my size"]);
    const all = JSON.stringify([regionPage, storePage, await page("Hana HR", region), await page("Carla Leader", store)]);
    expect(all).not.toContain("EMPLOYEE SECRET");
  });

  it("offers kudos on a promoter's comment to those who may send it, and shows it on the wall once sent", async () => {
    const before = await page("Rita Regional", store);
    const praise = before.feedback.find((f) => f.comment === "Fay found my size")!;
    const detractor = before.feedback.find((f) => f.comment === "Till was closed")!;
    expect([praise.canSendKudos, detractor.canSendKudos]).toEqual([true, false]);
    expect((await page("Fay Frontline", store)).feedback.every((f) => !f.canSendKudos)).toBe(true);
    await sendKudos(db, { orgId: acme.orgId, sender: people["Rita Regional"]!, input: sendKudosSchema.parse({ responseId: praise.responseId, message: "Proud of you" }) });
    const after = await page("Fay Frontline", store);
    expect(after.kudos).toEqual([expect.objectContaining({ comment: "Fay found my size", message: "Proud of you", senderName: "Rita Regional" })]);
    expect(after.feedback.find((f) => f.responseId === praise.responseId)).toMatchObject({ kudosSent: true, canSendKudos: false });
  });

  it("lists the team's open follow-ups for those who work them, and none for HR", async () => {
    const storePage = await page("Fay Frontline", store);
    expect(storePage.followUps?.items.map((f) => [f.comment, f.status])).toEqual([["Till was closed", "OPEN"]]);
    expect((await page("Hana HR", store)).followUps).toBeNull();
    expect((await page("Carla Leader", south)).followUps).toEqual({ items: [], total: 0 });
  });

  it("counts unread notifications for the badge: the member's own, in their organization", async () => {
    const fay = people["Fay Frontline"]!;
    const unread = await countUnreadNotifications(db, { orgId: acme.orgId, userId: fay.userId });
    expect(unread).toBeGreaterThan(0);
    expect(await countUnreadNotifications(db, { orgId: globex.orgId, userId: fay.userId })).toBe(0);
    await markNotificationsRead(db, { orgId: acme.orgId, userId: fay.userId });
    expect(await countUnreadNotifications(db, { orgId: acme.orgId, userId: fay.userId })).toBe(0);
  });
});
