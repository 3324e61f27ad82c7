/**
 * The answers besides the headline score, as "prompt: value" pairs, for the rows on one page
 * (or one export chunk): one query for the whole page. Each answer is read against the
 * question version it answered (docs/decisions/007-survey-builder-and-versioning.md).
 */
import type { QuestionType } from "@/lib/schemas/survey";
import type { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "../prisma-client";
import { storedOptions } from "../surveys/question-data";

export type AnswerView = { prompt: string; value: string };

type StoredAnswer = {
  numberValue: number | null;
  textValue: string | null;
  choiceValues: string[];
  question: { type: QuestionType; scaleMax: number | null; options: Prisma.JsonValue };
};

/** How each type reads as text; a table rather than a switch (shared/STYLE.md, habit 8). */
const FORMAT: Record<QuestionType, (answer: StoredAnswer) => string | null> = {
  NPS: (a) => (a.numberValue === null ? null : `${a.numberValue} of 10`),
  CSAT: (a) => (a.numberValue === null ? null : `${a.numberValue} of 5`),
  RATING: (a) => (a.numberValue === null ? null : `${a.numberValue} of ${a.question.scaleMax ?? "?"}`),
  SINGLE_CHOICE: (a) => choiceLabels(a),
  MULTIPLE_CHOICE: (a) => choiceLabels(a),
  OPEN_TEXT: (a) => a.textValue,
};

function choiceLabels(answer: StoredAnswer): string | null {
  const options = storedOptions(answer.question.type, answer.question.options) ?? [];
  // A choice whose option is gone still shows, by its stored id, rather than vanishing.
  const labels = answer.choiceValues.map((id) => options.find((o) => o.id === id)?.label ?? id);
  return labels.length ? labels.join(", ") : null;
}

export type LoadOtherAnswersOptions = { orgId: string; responses: readonly { id: string; comment: string | null }[] };

export async function loadOtherAnswers(db: DbOrTx, { orgId, responses }: LoadOtherAnswersOptions): Promise<Map<string, AnswerView[]>> {
  const byResponse = new Map<string, AnswerView[]>();
  if (responses.length === 0) return byResponse;
  const comments = new Map(responses.map((r) => [r.id, r.comment]));
  const answers = await db.answer.findMany({
    where: { orgId, responseId: { in: [...comments.keys()] }, question: { isHeadline: false } },
    select: {
      responseId: true,
      numberValue: true,
      textValue: true,
      choiceValues: true,
      question: { select: { prompt: true, type: true, scaleMax: true, options: true, position: true } },
    },
    orderBy: [{ question: { position: "asc" } }, { questionId: "asc" }],
  });
  for (const answer of answers) {
    // The first open-text answer is also the response's comment (src/server/answering/
    // store-response.ts), which the row shows already.
    if (answer.question.type === "OPEN_TEXT" && answer.textValue === comments.get(answer.responseId)) continue;
    const value = FORMAT[answer.question.type](answer);
    if (value === null) continue;
    const list = byResponse.get(answer.responseId) ?? [];
    list.push({ prompt: answer.question.prompt, value });
    byResponse.set(answer.responseId, list);
  }
  return byResponse;
}
