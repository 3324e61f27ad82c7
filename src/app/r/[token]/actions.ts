"use server";

import { answerFormSchema, type AnswerOutcome } from "@/lib/schemas/answer";
import { publicAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { submitPersonalAnswers } from "@/server/personal-links/submit-personal-answers";

/**
 * The personal link's survey page: no account, so publicAction, with the answering page's own
 * form schema. The token is the guard (single use), so there is no cookie and no per-address
 * limit: a whole office behind one address may be answering its own links.
 */
export const submitPersonalAnswersAction = publicAction({ schema: answerFormSchema }, async ({ token, answers }) => {
  const result = await submitPersonalAnswers(db, { token, answers });
  const data: AnswerOutcome = { outcome: result.outcome };
  return { ok: true, data };
});
