/**
 * A visitor's answers through a public link (/s/<token>): checked exactly as the API checks
 * them, limited per address, and stored with their rollup in one transaction. Every refusal is
 * an AppError the form can show; nothing a visitor sends can make this throw anything else.
 */
import { AppError } from "@/lib/errors";
import { checkAnswers } from "@/lib/schemas/answer";
import type { Db } from "../prisma-client";
import { ANSWER_LIMITS, overallKey, perSurveyKey, spendAnswerLimit, type AnswerLimits } from "./answer-limits";
import { loadAnsweringForm } from "./load-answering-form";
import { storeResponse } from "./store-response";

export type SubmitAnswersOptions = {
  token: string;
  /** Question id → raw value, as answersFromFields (or a JSON body) gives them. */
  answers: Readonly<Record<string, unknown>>;
  /** The caller's address, for the rate limits (src/server/auth/client-address.ts). */
  address: string;
  /** The browser already answered through this link (./answered-cookie.ts). */
  alreadyAnswered: boolean;
  now?: Date;
  limits?: AnswerLimits;
};

export type SubmitAnswersResult = { outcome: "stored"; responseId: string } | { outcome: "already_answered" };

export const CLOSED_MESSAGE = "This survey is closed. Thank you for your interest.";
export const NOT_FOUND_MESSAGE = "This survey link is not valid. Check the address and try again.";

export async function submitAnswers(db: Db, options: SubmitAnswersOptions): Promise<SubmitAnswersResult> {
  const { token, answers, address, alreadyAnswered, now = new Date(), limits = ANSWER_LIMITS } = options;
  // A repeat from the same browser is thanked, not stored, and costs no database write.
  if (alreadyAnswered) return { outcome: "already_answered" };
  // Counted before anything else, so a flood of bad or unknown tokens is limited too.
  await spendAnswerLimit(db, overallKey(address), limits.overall, now);
  const form = await loadAnsweringForm(db, { token });
  if (form.state === "not_found") throw new AppError("not_found", NOT_FOUND_MESSAGE);
  if (form.state === "closed") throw new AppError("not_found", CLOSED_MESSAGE);
  await spendAnswerLimit(db, perSurveyKey(address, form.distribution.surveyId), limits.perSurvey, now);

  const { answers: checked, issues } = checkAnswers(form.questions, answers);
  if (issues.length > 0) throw new AppError("validation_failed", "Please check the highlighted questions.", issues);
  if (checked.length === 0) throw new AppError("validation_failed", "Please answer at least one question.");

  const headline = form.questions.find((q) => q.isHeadline) ?? null;
  const { responseId } = await storeResponse(db, {
    distribution: form.distribution,
    audience: form.survey.audience,
    answers: checked,
    headlineQuestionId: headline?.id ?? null,
    now,
  });
  return { outcome: "stored", responseId };
}
