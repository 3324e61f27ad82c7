"use server";

import { cookies, headers } from "next/headers";
import { answerFormSchema, type AnswerOutcome } from "@/lib/schemas/answer";
import { ANSWERED_COOKIE, answeredCookie, hasAnswered } from "@/server/answering/answered-cookie";
import { submitAnswers } from "@/server/answering/submit-answers";
import { publicAction } from "@/server/auth/action-client";
import { clientAddress } from "@/server/auth/client-address";
import { db } from "@/server/db";
import { publicOrigin } from "@/server/distributions/public-url";

/** The answering form's submit: no account, so publicAction; the server re-checks everything. */
export const submitAnswersAction = publicAction({ schema: answerFormSchema }, async ({ token, answers }) => {
  const jar = await cookies();
  const requestHeaders = await headers();
  const result = await submitAnswers(db, {
    token,
    answers,
    address: clientAddress(requestHeaders),
    alreadyAnswered: hasAnswered(jar.get(ANSWERED_COOKIE)?.value, token),
  });
  if (result.outcome === "stored") {
    jar.set(answeredCookie(token, publicOrigin(requestHeaders).startsWith("https:")));
  }
  const data: AnswerOutcome = { outcome: result.outcome };
  return { ok: true, data };
});
