/**
 * The survey page of a personal link (/r/<token>) is submitted: checked exactly as public
 * answers are (checkAnswers), then either stored as a new response (nobody clicked a score) or
 * written over the response the click recorded. Either way the link is spent in the same
 * transaction, so a replay can only be thanked.
 */
import { AppError } from "@/lib/errors";
import { checkAnswers } from "@/lib/schemas/answer";
import type { Db } from "../prisma-client";
import { insertResponse } from "../answering/store-response";
import { linkState } from "./link-state";
import { loadOpenPersonalLink } from "./load-personal-link";
import { LINK_NOT_FOUND_MESSAGE, lockPersonalLink, replaceRecordedAnswers } from "./recorded-response";

export type SubmitPersonalAnswersOptions = {
  token: string;
  /** Question id → raw value, as answersFromFields gives them. */
  answers: Readonly<Record<string, unknown>>;
  now?: Date;
};

export type SubmitPersonalAnswersResult = { outcome: "stored"; responseId: string } | { outcome: "already_answered" };

export async function submitPersonalAnswers(db: Db, { token, answers: raw, now = new Date() }: SubmitPersonalAnswersOptions): Promise<SubmitPersonalAnswersResult> {
  const view = await loadOpenPersonalLink(db, { token, now });
  if (view.view === "answered") return { outcome: "already_answered" };
  if (view.view === "not_found") throw new AppError("not_found", LINK_NOT_FOUND_MESSAGE);
  const { link, survey, questions, headline } = view;

  const { answers, issues } = checkAnswers(questions, raw);
  if (issues.length > 0) throw new AppError("validation_failed", "Please check the highlighted questions.", issues);
  if (answers.length === 0) throw new AppError("validation_failed", "Please answer at least one question.");
  const headlineQuestionId = headline?.id ?? null;

  return db.$transaction(async (tx): Promise<SubmitPersonalAnswersResult> => {
    const { orgId } = link;
    const locked = await lockPersonalLink(tx, { orgId, distributionId: link.id });
    if (!locked) throw new AppError("not_found", LINK_NOT_FOUND_MESSAGE);
    // Decided under the lock, not from the page load: another tab may have finished first.
    const state = linkState(locked, now);
    if (state === "spent") return { outcome: "already_answered" };
    if (state === "expired") throw new AppError("not_found", LINK_NOT_FOUND_MESSAGE);
    const stored =
      state === "fresh"
        ? await insertResponse(tx, { distribution: link, audience: survey.audience, answers, headlineQuestionId, now, respondentEmail: link.recipientEmail })
        : await replaceRecordedAnswers(tx, { orgId, distributionId: link.id, answers, headlineQuestionId });
    // Spent from this instant: usedAt keeps the first answer's time when there was a click.
    await tx.distribution.update({ where: { id: link.id, orgId }, data: { usedAt: locked.usedAt ?? now, expiresAt: now } });
    return { outcome: "stored", responseId: stored.responseId };
  });
}
