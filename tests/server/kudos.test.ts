/**
 * Kudos against a real PostgreSQL: only a promoter's comment (NPS 9–10, CSAT 5) may be passed
 * on, once per response and team, by a member allowed to (managers within their subtree), and
 * every member of the team hears of it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/roles";
import { sendKudosSchema } from "@/lib/schemas/kudos";
import { db } from "@/server/db";
import { listKudos, sendKudos, type KudosSender } from "@/server/kudos/send-kudos";
import { countUnreadNotifications } from "@/server/pulses/notifications";
import { makeMember, makeOrg, makeTeam } from "../factories";
import { makeCommentSurvey, makeCustomerResponse, type CommentSurvey } from "../factories/follow-ups";

type Org = Awaited<ReturnType<typeof makeOrg>>;
let acme: Org, globex: Org;
let nps: CommentSurvey, csat: CommentSurvey, enps: CommentSurvey;
let region: string, store: string, other: string;
const people: Record<string, KudosSender> = {};

const input = (responseId: string, message?: string) => sendKudosSchema.parse({ responseId, message });

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  globex = await makeOrg({ name: "Globex" });
  [nps, csat, enps] = [await makeCommentSurvey(acme.orgId, "NPS"), await makeCommentSurvey(acme.orgId, "CSAT"), await makeCommentSurvey(acme.orgId, "ENPS")];
  region = (await makeTeam(acme.orgId, { name: "North" })).id;
  store = (await makeTeam(acme.orgId, { name: "Downtown", parentId: region })).id;
  other = (await makeTeam(acme.orgId, { name: "South" })).id;
  const add = async (name: string, role: Role, teamId: string | null, orgId = acme.orgId) => {
    const m = await makeMember(orgId, { role, teamId, name });
    people[name] = { userId: m.userId, role, teamId };
  };
  await add("Carla Leader", "CX_LEADER", null);
  await add("Rita Regional", "MANAGER", region);
  await add("Sven South", "MANAGER", other);
  await add("Fay Frontline", "FRONTLINE", store);
  await add("Finn Frontline", "FRONTLINE", store);
  await add("Hana HR", "HR", null);
  await add("Gus Globex", "OWNER", null, globex.orgId);
});

describe("sending kudos", () => {
  it("passes a promoter's comment to its team once, and notifies every member of the team", async () => {
    const { responseId } = await makeCustomerResponse(acme.orgId, nps, { teamId: store, score: 10, comment: "Fay was wonderful" });
    const before = await countUnreadNotifications(db, { orgId: acme.orgId, userId: people["Fay Frontline"]!.userId });
    const sent = await sendKudos(db, { orgId: acme.orgId, sender: people["Rita Regional"]!, input: input(responseId, "Well done, team!") });
    expect(sent).toMatchObject({ teamId: store, notified: 2 });
    expect(await countUnreadNotifications(db, { orgId: acme.orgId, userId: people["Fay Frontline"]!.userId })).toBe(before + 1);
    const note = await db.notification.findFirstOrThrow({ where: { userId: people["Finn Frontline"]!.userId, kind: "kudos" } });
    expect(note).toMatchObject({ link: `/teams/${store}`, title: "Kudos for Downtown from a customer", body: "“Fay was wonderful” — Well done, team!" });
    await expect(sendKudos(db, { orgId: acme.orgId, sender: people["Carla Leader"]!, input: input(responseId) })).rejects.toMatchObject({ code: "conflict" });
    expect(await db.kudos.count({ where: { responseId } })).toBe(1);
    const wall = await listKudos(db, { orgId: acme.orgId, teamIds: [store], take: 10 });
    expect(wall[0]).toMatchObject({ comment: "Fay was wonderful", message: "Well done, team!", senderName: "Rita Regional", teamName: "Downtown", score: 10 });
  });

  it.each([
    ["NPS", 9, true],
    ["NPS", 8, false],
    ["CSAT", 5, true],
    ["CSAT", 4, false],
  ] as const)("%s %i is praise to pass on: %s", async (metric, score, ok) => {
    const { responseId } = await makeCustomerResponse(acme.orgId, metric === "NPS" ? nps : csat, { teamId: store, score, comment: "Thanks" });
    const attempt = sendKudos(db, { orgId: acme.orgId, sender: people["Carla Leader"]!, input: input(responseId) });
    if (ok) await expect(attempt).resolves.toMatchObject({ teamId: store });
    else await expect(attempt).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("refuses a promoter without a comment, and never touches an employee's answer", async () => {
    const silent = await makeCustomerResponse(acme.orgId, nps, { teamId: store, score: 10, comment: null });
    await expect(sendKudos(db, { orgId: acme.orgId, sender: people["Carla Leader"]!, input: input(silent.responseId) })).rejects.toMatchObject({ code: "validation_failed" });
    const employee = await makeCustomerResponse(acme.orgId, enps, { teamId: store, score: 10, comment: "Great place to work" });
    await expect(sendKudos(db, { orgId: acme.orgId, sender: people["Carla Leader"]!, input: input(employee.responseId) })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.kudos.count({ where: { responseId: { in: [silent.responseId, employee.responseId] } } })).toBe(0);
  });

  it("keeps managers to their subtree, and others out (404, like another organization's response)", async () => {
    const { responseId } = await makeCustomerResponse(acme.orgId, nps, { teamId: store, score: 9, comment: "Quick and kind" });
    for (const [name, orgId] of [["Sven South", acme.orgId], ["Fay Frontline", acme.orgId], ["Hana HR", acme.orgId], ["Gus Globex", globex.orgId]] as const) {
      await expect(sendKudos(db, { orgId, sender: people[name]!, input: input(responseId) })).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await db.kudos.count({ where: { responseId } })).toBe(0);
  });

  it("stores no message as an empty string, and refuses an over-long one at the schema", () => {
    expect(input("abc").message).toBe("");
    expect(sendKudosSchema.safeParse({ responseId: "abc", message: "x".repeat(501) }).success).toBe(false);
  });
});
