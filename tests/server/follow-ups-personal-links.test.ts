/**
 * Follow-ups from personal links (email): a one-click score opens no case until the customer
 * adds a comment on the page that follows; then the case opens once, and the person working
 * it sees the customer's email.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getFollowUp } from "@/server/follow-ups/get-follow-up";
import { submitPersonalAnswers } from "@/server/personal-links/submit-personal-answers";
import { click, fixture, HOUR, later, linksFor, parts, send, sendOne, unique } from "./personal-links-fixture";

describe("personal links", () => {
  it("opens the case when the one-click answer is completed with a comment, once", async () => {
    const f = await fixture({ metric: "NPS" });
    const { token, links, address } = await sendOne(f);
    expect(await click(links.score(3))).toMatchObject({ outcome: "recorded" });
    const response = await db.response.findFirstOrThrow({ where: { orgId: f.org.orgId }, select: { id: true } });
    expect(await db.followUp.count({ where: { responseId: response.id } })).toBe(0);

    await submitPersonalAnswers(db, { token, answers: { [f.headlineId]: "3", [f.commentId]: "Nobody called me back" }, now: later(2 * HOUR) });
    const followUp = await db.followUp.findUniqueOrThrow({ where: { responseId: response.id } });
    expect(followUp).toMatchObject({ teamId: f.north.id, status: "OPEN" });
    const detail = await getFollowUp(db, { orgId: f.org.orgId, actor: { apiKeyId: f.org.apiKeyId }, followUpId: followUp.id });
    expect(detail).toMatchObject({ respondentEmail: address, comment: "Nobody called me back", score: 3 });
    expect(detail.answers.map((a) => [a.prompt, a.value])).toEqual([
      [expect.stringContaining("recommend"), "3 of 10"],
      ["Anything to add?", "Nobody called me back"],
    ]);
  });

  it("opens the case straight away for a detractor who answers the whole form, and none for a promoter", async () => {
    const f = await fixture({ metric: "CSAT" });
    // The CSAT email's score links run 1–5.
    const csatToken = async () => {
      const address = `c-${unique()}@example.test`;
      await send(f, address);
      return { token: parts(linksFor(address).score(5)).token };
    };
    const unhappy = await csatToken();
    await submitPersonalAnswers(db, { token: unhappy.token, answers: { [f.headlineId]: "2", [f.commentId]: "Rude staff" }, now: later(HOUR) });
    const happy = await csatToken();
    await submitPersonalAnswers(db, { token: happy.token, answers: { [f.headlineId]: "5", [f.commentId]: "Lovely" }, now: later(HOUR) });
    const cases = await db.followUp.findMany({ where: { orgId: f.org.orgId }, select: { response: { select: { comment: true } } } });
    expect(cases).toEqual([{ response: { comment: "Rude staff" } }]);
  });
});
