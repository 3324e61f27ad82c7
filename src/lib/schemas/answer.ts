/**
 * Answers to a survey's questions: the rules every public submission obeys, shared by the
 * answering form (instant feedback) and the server (the check that counts), so the two can
 * never disagree (shared/STYLE.md, habit 4). Pure: the caller supplies the questions with
 * their scale already resolved (src/server/answering/answerable-questions.ts), because the
 * headline question's scale is the survey metric's, exactly as POST /api/v1/responses checks it.
 */
import { z } from "zod";
import type { ErrorIssue } from "../errors";
import { MAX_COMMENT_LENGTH } from "./response";
import type { QuestionType } from "./survey";

/** Open-text answers have the API's comment limit. */
export const MAX_TEXT_ANSWER_LENGTH = MAX_COMMENT_LENGTH;

export type ChoiceOption = { id: string; label: string };
/** Question.options as stored: [{ id, label }] (prisma/schema.prisma). */
export const choiceOptionsSchema = z.array(z.object({ id: z.string().min(1), label: z.string() }));

/** What answering and validation need to know of one live question. */
export type AnswerableQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  required: boolean;
  isHeadline: boolean;
  /** Inclusive integer range for NPS, CSAT and RATING; null for the other types. */
  scale: { min: number; max: number } | null;
  options: ChoiceOption[];
};

/** An answer ready for the Answer table. */
export type CheckedAnswer = { questionId: string; numberValue: number | null; textValue: string | null; choiceValues: string[] };

type Outcome = { kind: "answer"; value: Omit<CheckedAnswer, "questionId"> } | { kind: "empty" } | { kind: "invalid"; message: string };
type Check = (question: AnswerableQuestion, raw: unknown) => Outcome;

const empty: Outcome = { kind: "empty" };
const invalid = (message: string): Outcome => ({ kind: "invalid", message });
const isBlank = (raw: unknown) => raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");

// Forms carry numbers as text; JSON carries them as numbers. Either way only a whole number
// written plainly counts: "7.0", "1e1" or " 7x" are refused rather than guessed at.
function toInteger(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isInteger(raw) ? raw : undefined;
  if (typeof raw === "string" && /^-?\d{1,3}$/.test(raw.trim())) return Number(raw.trim());
  return undefined;
}

const checkScale: Check = (question, raw) => {
  if (isBlank(raw)) return empty;
  const { min, max } = question.scale ?? { min: 0, max: -1 };
  const value = toInteger(raw);
  if (value === undefined || value < min || value > max) return invalid(`Choose a whole number from ${min} to ${max}`);
  return { kind: "answer", value: { numberValue: value, textValue: null, choiceValues: [] } };
};

const checkSingleChoice: Check = (question, raw) => {
  if (isBlank(raw)) return empty;
  if (typeof raw !== "string" || !question.options.some((o) => o.id === raw)) return invalid("Choose one of the options");
  return { kind: "answer", value: { numberValue: null, textValue: null, choiceValues: [raw] } };
};

const checkMultipleChoice: Check = (question, raw) => {
  const values = typeof raw === "string" ? [raw] : raw;
  if (values === undefined || values === null || (Array.isArray(values) && values.length === 0)) return empty;
  if (!Array.isArray(values) || !values.every((v): v is string => typeof v === "string")) return invalid("Choose among the options");
  const known = new Set(question.options.map((o) => o.id));
  if (!values.every((v) => known.has(v)) || new Set(values).size !== values.length) return invalid("Choose among the options, each at most once");
  // Stored in the options' own order, whatever order the browser sent them in.
  const chosen = question.options.map((o) => o.id).filter((id) => values.includes(id));
  return { kind: "answer", value: { numberValue: null, textValue: null, choiceValues: chosen } };
};

const checkOpenText: Check = (_question, raw) => {
  if (isBlank(raw)) return empty;
  if (typeof raw !== "string") return invalid("Write your answer as text");
  // Trimmed before counting, as the API's comment is (src/lib/schemas/response.ts).
  const text = raw.trim();
  if (text.length > MAX_TEXT_ANSWER_LENGTH) return invalid(`At most ${MAX_TEXT_ANSWER_LENGTH.toLocaleString("en")} characters (this has ${text.length.toLocaleString("en")})`);
  // PostgreSQL text can't hold U+0000.
  if (text.includes("\u0000")) return invalid("Must not contain the NUL character");
  return { kind: "answer", value: { numberValue: null, textValue: text, choiceValues: [] } };
};

/** One small check per question type (shared/STYLE.md, habit 8). */
const CHECKS: Readonly<Record<QuestionType, Check>> = {
  NPS: checkScale,
  CSAT: checkScale,
  RATING: checkScale,
  SINGLE_CHOICE: checkSingleChoice,
  MULTIPLE_CHOICE: checkMultipleChoice,
  OPEN_TEXT: checkOpenText,
};

export type AnswersCheck = { answers: CheckedAnswer[]; issues: ErrorIssue[] };

/**
 * Checks raw answers (question id → value) against the live questions, in question order.
 * Every issue's path is [questionId], so a form shows it next to its question. An id that is
 * not a live question of this survey (another survey's, an archived version's, a made-up one)
 * is refused, never ignored: silently dropping it would store a different response than the
 * one sent.
 */
export function checkAnswers(questions: readonly AnswerableQuestion[], raw: Readonly<Record<string, unknown>>): AnswersCheck {
  const issues: ErrorIssue[] = [];
  const answers: CheckedAnswer[] = [];
  const live = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(raw)) {
    if (!live.has(id)) issues.push({ path: [id], message: "This question is not part of this survey" });
  }
  for (const question of questions) {
    const outcome = CHECKS[question.type](question, Object.hasOwn(raw, question.id) ? raw[question.id] : undefined);
    if (outcome.kind === "invalid") issues.push({ path: [question.id], message: outcome.message });
    else if (outcome.kind === "empty" && question.required) issues.push({ path: [question.id], message: "Please answer this question" });
    else if (outcome.kind === "answer") answers.push({ questionId: question.id, ...outcome.value });
  }
  return { answers, issues };
}

// --- The answering form's fields. Names are built so that every field has a distinct name
// (a multiple choice is one checkbox per option), because the action client reads a form as
// one string per name (src/server/auth/action-client.ts).

export const answerFieldName = (questionId: string) => `q:${questionId}`;
export const choiceFieldName = (questionId: string, optionId: string) => `m:${questionId}:${optionId}`;

/** The token plus one string per answered field; anything else in the form is refused. */
export const answerFormSchema = z
  .object({ token: z.string().min(1).max(200) })
  // No length cap here: an over-long answer is reported next to its question by checkAnswers,
  // and the server-action body limit (1 MB) bounds the whole form.
  .catchall(z.string())
  .transform(({ token, ...fields }) => ({ token, answers: answersFromFields(fields) }));
export type AnswerFormInput = z.output<typeof answerFormSchema>;

/** The question a form field answers, or null for fields that answer none (the token). */
export function questionIdOfField(name: string): string | null {
  if (name.startsWith("q:")) return name.slice(2) || null;
  if (name.startsWith("m:")) return name.slice(2).split(":")[0] || null;
  return null;
}

/** Form fields → raw answers keyed by question id, ready for checkAnswers. */
export function answersFromFields(fields: Readonly<Record<string, string>>): Record<string, string | string[]> {
  // No prototype: a field named "m:__proto__:x" must be a key like any other, not a setter.
  const answers: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [name, value] of Object.entries(fields)) {
    if (name.startsWith("q:")) {
      answers[name.slice(2)] = value;
    } else if (name.startsWith("m:")) {
      const rest = name.slice(2);
      const colon = rest.indexOf(":");
      if (colon <= 0) continue;
      const questionId = rest.slice(0, colon);
      const previous = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
      answers[questionId] = [...(Array.isArray(previous) ? previous : []), rest.slice(colon + 1)];
    }
  }
  return answers;
}

/** What a stored (or politely ignored) submission tells the form. */
export type AnswerOutcome = { outcome: "stored" | "already_answered" };
