/**
 * Sending personal links by email, against a real PostgreSQL and a real SMTP server (the
 * project's mail catcher): what a send writes and mails, what it refuses, and for whom.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { closeMailTransport } from "@/server/email/send-mail";
import { PERSONAL_LINK_LIFETIME_MS } from "@/server/personal-links/link-state";
import { prepareSend } from "@/server/personal-links/prepare-send";
import { sendPersonalLinks } from "@/server/personal-links/send-personal-links";
import { makeOrg, makeSurvey, makeTeam } from "../factories";
import { catcher, fixture, linksFor, ORIGIN, send, later, type Fixture, type Org } from "./personal-links-fixture";

let f: Fixture;

beforeAll(async () => {
  f = await fixture({ orgName: "Acme" });
});

beforeEach(() => catcher.clear());

afterAll(async () => {
  closeMailTransport();
  await catcher.stop();
});

describe("sending", () => {
  it("makes one distribution and one email per unique valid recipient, each with 11 score links", async () => {
    const g = await fixture({ orgName: "Harbour & Co" });
    const list = ["ann@example.test", "Bob Jones <BOB@Example.test>, South", "ann@example.test", "", "carol@example.test,\"north\""].join("\n");
    const result = await send(g, list);
    expect(result).toMatchObject({ recipients: 3, duplicates: 1, delivery: { mode: "sent", report: { sent: 3, failed: [] } } });

    const rows = await db.distribution.findMany({ where: { orgId: g.org.orgId }, orderBy: { recipientEmail: "asc" } });
    expect(rows.map((r) => [r.recipientEmail, r.teamId, r.kind, r.usedAt])).toEqual([
      ["ann@example.test", g.north.id, "PERSONAL_LINK", null],
      ["bob@example.test", g.south.id, "PERSONAL_LINK", null],
      ["carol@example.test", g.north.id, "PERSONAL_LINK", null],
    ]);
    for (const row of rows) {
      expect(row.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(row.expiresAt).toEqual(later(PERSONAL_LINK_LIFETIME_MS));
    }

    expect(catcher.messages()).toHaveLength(3);
    for (const row of rows) {
      const { message, urls } = linksFor(row.recipientEmail ?? "");
      expect(message.subject).toBe("How likely are you to recommend Harbour & Co?");
      expect(message.from).toBe("no-reply@tandem.local");
      const scoreLinks = urls.filter((u) => /\/r\/[^/]+\/\d+$/.test(u));
      expect(scoreLinks).toEqual(Array.from({ length: 11 }, (_, i) => `${ORIGIN}/r/${row.token}/${i}`));
      expect(urls).toContain(`${ORIGIN}/r/${row.token}`);
      expect(message.html).toContain("Harbour &amp; Co would like to hear from you.");
      expect(message.text).toContain(`9: ${ORIGIN}/r/${row.token}/9`);
    }
    const audit = await db.auditLog.findMany({ where: { orgId: g.org.orgId, action: { startsWith: "survey.personal_links" } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorUserId, a.metadata])).toEqual([
      ["survey.personal_links.create", g.org.ownerId, { recipients: 3, duplicates: 1, defaultTeamId: g.north.id }],
      ["survey.personal_links.deliver", g.org.ownerId, { sent: 3, failed: 0 }],
    ]);
  });

  it("the mail catcher lists messages over HTTP, by recipient, and forgets them on DELETE", async () => {
    const g = await fixture();
    await send(g, "erin@example.test\nfrank@example.test");
    const all = (await (await fetch(catcher.messagesUrl)).json()) as { to: string[]; subject: string; html: string }[];
    expect(all.map((m) => m.to)).toEqual(expect.arrayContaining([["erin@example.test"], ["frank@example.test"]]));
    const erin = (await (await fetch(`${catcher.messagesUrl}?to=ERIN@example.test`)).json()) as { to: string[]; html: string }[];
    expect(erin).toHaveLength(1);
    expect(erin[0]?.html).toContain("/r/");
    expect((await fetch(catcher.messagesUrl, { method: "DELETE" })).status).toBe(204);
    expect(catcher.messages()).toEqual([]);
  });

  it("puts 5 score links (1 to 5) in a CSAT survey's email, with the question as subject", async () => {
    const g = await fixture({ metric: "CSAT" });
    await send(g, "dana@example.test");
    const { message, urls } = linksFor("dana@example.test");
    expect(urls.filter((u) => /\/\d+$/.test(u)).map((u) => u.split("/").pop())).toEqual(["1", "2", "3", "4", "5"]);
    expect(message.subject).toBe("How satisfied were you with your experience?");
  });

  it("reports every bad line by its number and sends nothing", async () => {
    const g = await fixture();
    const list = ["email,team", "ok@example.test", "not-an-email", "x@example.test,Nowhere", "", '"unclosed@example.test', ",South"].join("\n");
    const preview = await prepareSend(db, { orgId: g.org.orgId, input: { surveyId: g.surveyId, recipients: list, defaultTeamId: g.north.id } });
    const expected = [
      { line: 3, message: "“not-an-email” is not a valid email address" },
      { line: 4, message: "No team is named “Nowhere”" },
      { line: 6, message: "A quote is not closed" },
      { line: 7, message: "No email address" },
    ];
    expect(preview.list.badLines).toEqual(expected);
    const error = await send(g, list).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "validation_failed", message: "4 lines need fixing; nothing was sent." });
    expect((error as { issues: unknown[] }).issues).toEqual(expected.map((b) => ({ path: ["recipients", b.line], message: b.message })));
    expect(await db.distribution.count({ where: { orgId: g.org.orgId } })).toBe(0);
    expect(catcher.messages()).toEqual([]);
  });

  it("refuses more than 5,000 recipients, an empty list, a draft and an employee survey", async () => {
    const g = await fixture();
    const many = Array.from({ length: 5_001 }, (_, i) => `p${i}@example.test`).join("\n");
    await expect(send(g, many)).rejects.toMatchObject({ code: "validation_failed", message: expect.stringContaining("At most 5,000 recipients") });
    await expect(send(g, "\n \n")).rejects.toMatchObject({ code: "validation_failed", message: "Add at least one email address." });
    await db.survey.update({ where: { id: g.surveyId }, data: { status: "DRAFT" } });
    await expect(send(g, "a@example.test")).rejects.toMatchObject({ code: "conflict" });
    const pulse = await makeSurvey(g.org.orgId, { metric: "ENPS" });
    await expect(send(g, "a@example.test", { input: { surveyId: pulse.id, recipients: "a@example.test", defaultTeamId: g.north.id } })).rejects.toMatchObject({ code: "conflict" });
    expect(await db.distribution.count({ where: { orgId: g.org.orgId } })).toBe(0);
    expect(catcher.messages()).toEqual([]);
  });

  it("sends lists above 200 after the request, from the distributions already written", async () => {
    const g = await fixture();
    const list = Array.from({ length: 201 }, (_, i) => `bulk${i}@example.test`).join("\n");
    const result = await send(g, list);
    expect(result.delivery.mode).toBe("background");
    expect(await db.distribution.count({ where: { orgId: g.org.orgId } })).toBe(201);
    expect(catcher.messages()).toHaveLength(0);
    if (result.delivery.mode !== "background") return;
    expect(await result.delivery.deliver()).toEqual({ sent: 201, failed: [] });
    expect(new Set(catcher.messages().flatMap((m) => m.to)).size).toBe(201);
  });
});

describe("cross-organization", () => {
  let other: Org;
  beforeAll(async () => {
    other = await makeOrg({ name: "Globex" });
  });

  it("a member of another organization can't send this organization's survey", async () => {
    const theirTeam = await makeTeam(other.orgId);
    const input = { surveyId: f.surveyId, recipients: "x@example.test", defaultTeamId: theirTeam.id };
    await expect(sendPersonalLinks(db, { orgId: other.orgId, actor: { userId: other.ownerId }, input, origin: ORIGIN })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.distribution.count({ where: { surveyId: f.surveyId } })).toBe(0);
    expect(catcher.messages()).toEqual([]);
  });

  it("nor send with another organization's team", async () => {
    const theirTeam = await makeTeam(other.orgId);
    await expect(send(f, "x@example.test", { input: { surveyId: f.surveyId, recipients: "x@example.test", defaultTeamId: theirTeam.id } })).rejects.toMatchObject({ code: "validation_failed" });
    expect(catcher.messages()).toEqual([]);
  });
});
