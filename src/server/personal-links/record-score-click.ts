/**
 * GET /r/<token>/<score>: the one-click answer from the invitation email. The first click
 * stores a response with that score (and its rollup increment) and marks the link used, in one
 * transaction; every later click changes nothing. Recording on a GET is deliberate, mail
 * scanners and all: docs/decisions/009-personal-links-and-email.md.
 */
import { checkAnswers } from "@/lib/schemas/answer";
import type { Db } from "../prisma-client";
import { insertResponse } from "../answering/store-response";
import { expiryAfterFirstAnswer, linkState } from "./link-state";
import { loadOpenPersonalLink } from "./load-personal-link";
import { lockPersonalLink } from "./recorded-response";

export type ScoreClickOutcome =
  /** The score is now the response's. */
  | "recorded"
  /** An earlier click already recorded a score; the follow-up page is still open. */
  | "already_recorded"
  /** The link is spent: "You have already answered". */
  | "answered"
  /** Unknown, expired, or its survey is not open. */
  | "not_found"
  /** Not a score of this survey's headline question (a hand-edited URL): nothing recorded. */
  | "not_recordable";

export type RecordScoreClickOptions = { token: string; score: string; now?: Date };

export async function recordScoreClick(db: Db, { token, score, now = new Date() }: RecordScoreClickOptions): Promise<{ outcome: ScoreClickOutcome }> {
  const view = await loadOpenPersonalLink(db, { token, now });
  if (view.view !== "form") return { outcome: view.view === "answered" ? "answered" : "not_found" };
  if (view.state === "open") return { outcome: "already_recorded" };
  const { link, headline, survey } = view;
  if (!headline) return { outcome: "not_recordable" };
  // The answering page's own check: a whole number on the survey metric's scale.
  const { answers, issues } = checkAnswers([headline], { [headline.id]: score });
  if (issues.length > 0 || answers.length === 0) return { outcome: "not_recordable" };

  return db.$transaction(async (tx) => {
    const locked = await lockPersonalLink(tx, { orgId: link.orgId, distributionId: link.id });
    if (!locked) return { outcome: "not_found" as const };
    // Read again under the lock: a concurrent click (a scanner and the person, two tabs) may have won.
    const state = linkState(locked, now);
    if (state !== "fresh") return { outcome: state === "open" ? ("already_recorded" as const) : state === "spent" ? ("answered" as const) : ("not_found" as const) };
    await insertResponse(tx, { distribution: link, audience: survey.audience, answers, headlineQuestionId: headline.id, now, respondentEmail: link.recipientEmail });
    await tx.distribution.update({ where: { id: link.id, orgId: link.orgId }, data: { usedAt: now, expiresAt: expiryAfterFirstAnswer(locked.expiresAt, now) } });
    return { outcome: "recorded" as const };
  });
}
