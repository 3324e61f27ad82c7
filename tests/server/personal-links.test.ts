/**
 * Answering through a personal link, against a real PostgreSQL and a real SMTP server (the
 * project's mail catcher): what a click records, how the follow-up page changes it, and every
 * replay, expiry and foreign token that must change nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadAnsweringForm } from "@/server/answering/load-answering-form";
import { db } from "@/server/db";
import { getOrCreatePublicLink } from "@/server/distributions/get-or-create-public-link";
import { closeMailTransport } from "@/server/email/send-mail";
import { FOLLOW_UP_WINDOW_MS, PERSONAL_LINK_LIFETIME_MS } from "@/server/personal-links/link-state";
import { loadOpenPersonalLink } from "@/server/personal-links/load-personal-link";
import { recordScoreClick } from "@/server/personal-links/record-score-click";
import { submitPersonalAnswers } from "@/server/personal-links/submit-personal-answers";
import { catcher, click, counts, fixture, HOUR, later, parts, rollupsVsResponses, sendOne, type Fixture } from "./personal-links-fixture";

let f: Fixture;

beforeAll(async () => {
  f = await fixture({ orgName: "Acme" });
});

beforeEach(() => catcher.clear());

afterAll(async () => {
  closeMailTransport();
  await catcher.stop();
});

describe("one click", () => {
  it("records exactly one response and one rollup increment, for the recipient and the link's team", async () => {
    const g = await fixture();
    const { address, token, links } = await sendOne(g);
    expect(await click(links.score(9))).toEqual({ outcome: "recorded" });
    const responses = await db.response.findMany({ where: { orgId: g.org.orgId }, include: { answers: true } });
    expect(responses).toHaveLength(1);
    const link = await db.distribution.findUniqueOrThrow({ where: { token } });
    expect(responses[0]).toMatchObject({ score: 9, respondentEmail: address, teamId: g.north.id, distributionId: link.id, surveyId: g.surveyId, comment: null, submittedAt: later(HOUR) });
    expect(responses[0]?.answers.map((a) => [a.questionId, a.numberValue])).toEqual([[g.headlineId, 9]]);
    expect(link.usedAt).toEqual(later(HOUR));
    expect(link.expiresAt).toEqual(later(HOUR + FOLLOW_UP_WINDOW_MS));
    expect(await db.dailyRollup.findMany({ where: { orgId: g.org.orgId } })).toMatchObject([{ n: 1, h9: 1, teamId: g.north.id }]);
  });

  it("a second click, with any score, changes nothing", async () => {
    const g = await fixture();
    const { links } = await sendOne(g);
    await click(links.score(9));
    const before = await counts(g.org.orgId);
    expect(await click(links.score(2), later(2 * HOUR))).toEqual({ outcome: "already_recorded" });
    expect(await click(links.score(9), later(3 * HOUR))).toEqual({ outcome: "already_recorded" });
    expect(await counts(g.org.orgId)).toEqual(before);
    expect((await db.response.findFirstOrThrow({ where: { orgId: g.org.orgId } })).score).toBe(9);
  });

  it("concurrent clicks (a mail scanner and the person) store one response", async () => {
    const g = await fixture();
    const { links } = await sendOne(g);
    const outcomes = await Promise.all([0, 3, 9, 10, 9].map((s) => click(links.score(s))));
    expect(outcomes.filter((o) => o.outcome === "recorded")).toHaveLength(1);
    expect(await counts(g.org.orgId)).toMatchObject({ responses: 1, n: 1 });
    const { stored, grouped } = await rollupsVsResponses(g.org.orgId);
    expect(stored).toEqual(grouped);
  });

  it.each(["11", "-1", "9.5", "nine", "", "1e1"])("a score of %j records nothing", async (score) => {
    const g = await fixture();
    const { token } = await sendOne(g);
    expect(await recordScoreClick(db, { token, score, now: later(HOUR) })).toEqual({ outcome: "not_recordable" });
    expect(await counts(g.org.orgId)).toEqual({ responses: 0, answers: 0, n: 0 });
    expect((await db.distribution.findUniqueOrThrow({ where: { token } })).usedAt).toBeNull();
  });
});

describe("the follow-up page", () => {
  it("shows the recorded score; changing it moves the rollup from the old bucket to the new one", async () => {
    const g = await fixture();
    const { token, links } = await sendOne(g);
    // Another response in the same bucket, so the move is visible against a non-empty row.
    const { links: otherLinks } = await sendOne(g);
    await click(otherLinks.score(9));
    await click(links.score(9));

    const view = await loadOpenPersonalLink(db, { token, now: later(2 * HOUR) });
    expect(view).toMatchObject({ view: "form", state: "open", recorded: { score: 9, values: { [g.headlineId]: "9" } } });

    const result = await submitPersonalAnswers(db, { token, answers: { [g.headlineId]: "3", [g.commentId]: "  The queue was long  " }, now: later(2 * HOUR) });
    expect(result.outcome).toBe("stored");
    const responses = await db.response.findMany({ where: { orgId: g.org.orgId }, include: { answers: true }, orderBy: { score: "asc" } });
    expect(responses.map((r) => [r.score, r.comment, r.answers.length])).toEqual([[3, "The queue was long", 2], [9, null, 1]]);
    const { stored, grouped } = await rollupsVsResponses(g.org.orgId);
    expect(stored).toEqual(grouped);
    expect(stored).toMatchObject([{ n: 2, h: [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0] }]);
  });

  it("after the final submit the token is spent: replays are thanked and change nothing", async () => {
    const g = await fixture();
    const { token, links } = await sendOne(g);
    await click(links.score(10));
    await submitPersonalAnswers(db, { token, answers: { [g.headlineId]: "10", [g.commentId]: "Great" }, now: later(2 * HOUR) });
    const before = await counts(g.org.orgId);
    expect(await click(links.score(0), later(3 * HOUR))).toEqual({ outcome: "answered" });
    expect(await submitPersonalAnswers(db, { token, answers: { [g.headlineId]: "0" }, now: later(3 * HOUR) })).toEqual({ outcome: "already_answered" });
    expect(await loadOpenPersonalLink(db, { token, now: later(3 * HOUR) })).toEqual({ view: "answered" });
    expect(await counts(g.org.orgId)).toEqual(before);
    expect((await db.response.findFirstOrThrow({ where: { orgId: g.org.orgId } })).score).toBe(10);
  });

  it("24 hours after the click the token is spent even without a final submit", async () => {
    const g = await fixture();
    const { token, links } = await sendOne(g);
    await click(links.score(7));
    const after = later(HOUR + FOLLOW_UP_WINDOW_MS + 1);
    expect(await submitPersonalAnswers(db, { token, answers: { [g.headlineId]: "1" }, now: after })).toEqual({ outcome: "already_answered" });
    expect((await db.response.findFirstOrThrow({ where: { orgId: g.org.orgId } })).score).toBe(7);
  });

  it("the survey link without a score stores a new response on submit and spends the link", async () => {
    const g = await fixture();
    const { address, token } = await sendOne(g);
    expect(await loadOpenPersonalLink(db, { token, now: later(HOUR) })).toMatchObject({ view: "form", state: "fresh", recorded: null });
    await submitPersonalAnswers(db, { token, answers: { [g.headlineId]: "8" }, now: later(HOUR) });
    expect(await db.response.findFirstOrThrow({ where: { orgId: g.org.orgId } })).toMatchObject({ score: 8, respondentEmail: address });
    expect(await submitPersonalAnswers(db, { token, answers: { [g.headlineId]: "8" }, now: later(HOUR) })).toEqual({ outcome: "already_answered" });
    expect(await counts(g.org.orgId)).toMatchObject({ responses: 1, n: 1 });
  });

  it("checks answers exactly as the public answering page does", async () => {
    const g = await fixture();
    const { token, links } = await sendOne(g);
    await click(links.score(9));
    const before = await counts(g.org.orgId);
    await expect(submitPersonalAnswers(db, { token, answers: { [g.headlineId]: "12" }, now: later(2 * HOUR) })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(submitPersonalAnswers(db, { token, answers: { [g.headlineId]: "9", [f.commentId]: "another survey's question" }, now: later(2 * HOUR) })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(submitPersonalAnswers(db, { token, answers: {}, now: later(2 * HOUR) })).rejects.toMatchObject({ code: "validation_failed" });
    expect(await counts(g.org.orgId)).toEqual(before);
    // Refusals don't spend the link.
    expect(await loadOpenPersonalLink(db, { token, now: later(2 * HOUR) })).toMatchObject({ view: "form", state: "open" });
  });
});

describe("links that take no answers", () => {
  it("an expired, unused link is not found, and records nothing", async () => {
    const g = await fixture();
    const { token, links } = await sendOne(g);
    const afterExpiry = later(PERSONAL_LINK_LIFETIME_MS + 1);
    expect(await click(links.score(9), afterExpiry)).toEqual({ outcome: "not_found" });
    expect(await loadOpenPersonalLink(db, { token, now: afterExpiry })).toEqual({ view: "not_found" });
    await expect(submitPersonalAnswers(db, { token, answers: { [g.headlineId]: "9" }, now: afterExpiry })).rejects.toMatchObject({ code: "not_found" });
    expect(await counts(g.org.orgId)).toEqual({ responses: 0, answers: 0, n: 0 });
  });

  it("a closed survey's link is not found", async () => {
    const g = await fixture();
    const { links } = await sendOne(g);
    await db.survey.update({ where: { id: g.surveyId }, data: { status: "CLOSED" } });
    expect(await click(links.score(9))).toEqual({ outcome: "not_found" });
    expect(await counts(g.org.orgId)).toEqual({ responses: 0, answers: 0, n: 0 });
  });

  it.each([
    ["an unknown token", "A".repeat(32)],
    ["a malformed token", "../../api/v1/teams"],
    ["a token with a NUL byte", `${"A".repeat(31)}\u0000`],
  ])("%s is not found", async (_name, token) => {
    expect(await recordScoreClick(db, { token, score: "9", now: later(HOUR) })).toEqual({ outcome: "not_found" });
    expect(await loadOpenPersonalLink(db, { token, now: later(HOUR) })).toEqual({ view: "not_found" });
    await expect(submitPersonalAnswers(db, { token, answers: {}, now: later(HOUR) })).rejects.toMatchObject({ code: "not_found" });
  });

  it("a team's public link is not a personal link, nor a personal link a public one", async () => {
    const g = await fixture();
    const publicLink = await getOrCreatePublicLink(db, { orgId: g.org.orgId, surveyId: g.surveyId, teamId: g.north.id });
    expect(await recordScoreClick(db, { token: publicLink.token, score: "9", now: later(HOUR) })).toEqual({ outcome: "not_found" });
    const { token } = await sendOne(g);
    expect(await loadAnsweringForm(db, { token })).toEqual({ state: "not_found" });
    expect(await counts(g.org.orgId)).toEqual({ responses: 0, answers: 0, n: 0 });
  });

  it("another organization's token writes only into its own organization", async () => {
    const g = await fixture();
    const { links } = await sendOne(g);
    const before = await counts(f.org.orgId);
    await click(links.score(6));
    expect(await counts(f.org.orgId)).toEqual(before);
    expect(await db.response.findFirstOrThrow({ where: { distribution: { token: parts(links.score(6)).token } } })).toMatchObject({ orgId: g.org.orgId, teamId: g.north.id });
  });
});
