/**
 * The builder's working copy of a survey and the pure operations on it. Nothing here touches
 * React or the server: the builder holds a Draft in state, and sends definitionOf(draft),
 * which the same schema checks in the browser and in the server action.
 */
import type { ErrorIssue } from "@/lib/errors";
import { CHOICE_TYPES, SCALE_RULES, type Choice, type EditableSurvey, type QuestionType, type SurveyDefinitionInput } from "@/lib/schemas/survey";
import type { PreviewQuestion } from "./question-preview";

export type DraftQuestion = {
  /** Stable across edits and moves: the question's id once saved, a made-up key before. */
  key: string;
  id?: string;
  type: QuestionType;
  prompt: string;
  required: boolean;
  isHeadline: boolean;
  /** RATING only: the scale runs from 1 to this. */
  scaleMax: number;
  choices: Choice[];
  /** Answers stored against this exact question: editing its wording then makes a new version. */
  answerCount: number;
};

export type Draft = { title: string; description: string; questions: DraftQuestion[] };

export const QUESTION_TYPE_LABELS: Readonly<Record<QuestionType, string>> = {
  NPS: "NPS (0–10)",
  CSAT: "CSAT (1–5)",
  RATING: "Rating (1–5 or 1–7)",
  SINGLE_CHOICE: "Single choice",
  MULTIPLE_CHOICE: "Multiple choice",
  OPEN_TEXT: "Open text",
};

/** Random enough to tell a session's new questions and choices apart; also a valid choice id. */
export function makeKey(prefix = "k"): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function draftFromSurvey(survey: EditableSurvey): Draft {
  return {
    title: survey.title,
    description: survey.description ?? "",
    questions: survey.questions.map((q) => ({
      key: q.id,
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      required: q.required,
      isHeadline: q.isHeadline,
      scaleMax: q.type === "RATING" ? (q.scaleMax ?? 5) : 5,
      choices: q.options ?? [],
      answerCount: q.answerCount,
    })),
  };
}

export function blankQuestion(type: QuestionType, key: string, choiceKeys: [string, string]): DraftQuestion {
  const choices = CHOICE_TYPES.includes(type) ? choiceKeys.map((id) => ({ id, label: "" })) : [];
  return { key, type, prompt: "", required: false, isHeadline: false, scaleMax: 5, choices, answerCount: 0 };
}

/** What the builder saves: surveyDefinitionSchema's input. */
export function definitionOf(draft: Draft): SurveyDefinitionInput {
  return {
    title: draft.title,
    description: draft.description,
    questions: draft.questions.map((q) => ({
      ...(q.id ? { id: q.id } : {}),
      type: q.type,
      prompt: q.prompt,
      required: q.isHeadline || q.required,
      isHeadline: q.isHeadline,
      ...(q.type === "RATING" ? { scaleMin: 1, scaleMax: q.scaleMax } : {}),
      ...(CHOICE_TYPES.includes(q.type) ? { options: q.choices } : {}),
    })),
  };
}

export function previewOf(q: DraftQuestion): PreviewQuestion {
  const rule = SCALE_RULES[q.type];
  const scale = rule.kind === "fixed" ? { min: rule.min, max: rule.max } : rule.kind === "rating" ? { min: 1, max: q.scaleMax } : null;
  return { id: q.key, type: q.type, prompt: q.prompt.trim(), required: q.isHeadline || q.required, scale, options: q.choices.map((c) => ({ id: c.id, label: c.label.trim() })) };
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * Turns issues (from zod in the browser, or the server's answer) into messages keyed by what
 * the builder draws: "title", "description", "form", or `${question key}.${field}`. Keys, not
 * list positions, so an error stays on its question when questions move afterwards.
 */
export function keyedErrors(issues: ErrorIssue[], draft: Draft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, message } of issues) {
    const [head, index, ...rest] = path;
    let key = "form";
    if (head === "title" || head === "description") key = head;
    else if (head === "questions" && typeof index === "number") {
      const question = draft.questions[index];
      key = question ? [question.key, ...rest].join(".") : "form";
    } else if (head === "questions") key = "questions";
    out[key] ??= message;
  }
  return out;
}

/** The server action's field errors ("questions.2.prompt": message) back into issues. */
export function issuesFromFieldErrors(fieldErrors: Record<string, string>): ErrorIssue[] {
  return Object.entries(fieldErrors).map(([dotted, message]) => ({
    path: dotted.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    message,
  }));
}
