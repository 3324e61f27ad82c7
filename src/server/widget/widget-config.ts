/**
 * What the widget asks: the survey's headline question on its metric's scale, and a comment box
 * when the survey has an open-text question to hold it. The rest of the survey is not asked: the
 * widget is a small prompt, as a one-click email score is (docs/decisions/010-embeddable-widget.md).
 */
import { AppError } from "@/lib/errors";
import type { AnswerableQuestion } from "@/lib/schemas/answer";
import { MAX_COMMENT_LENGTH } from "@/lib/schemas/response";
import type { Metric } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";
import { loadAnswerableQuestions } from "../answering/answerable-questions";
import type { WidgetTarget } from "./find-widget-by-token";
import { assertEmbeddable, NOT_AVAILABLE_MESSAGE } from "./widget-status";

export type WidgetQuestions = {
  /** Required in the widget whatever the survey says: a widget answer without a score is noise. */
  headline: AnswerableQuestion;
  /** The first live open-text question: it is the one lists and follow-ups show as the comment. */
  comment: AnswerableQuestion | null;
};

/** The JSON of GET /api/public/widget/<token>: no ids, nothing but what the prompt shows. */
export type WidgetConfig = {
  metric: "NPS" | "CSAT";
  question: { prompt: string; min: number; max: number; minLabel: string; maxLabel: string };
  comment: { prompt: string; maxLength: number } | null;
};

// The same words as the answering page's scale ends (src/components/answering/scale-question.tsx).
const END_LABELS: Readonly<Record<WidgetConfig["metric"], readonly [string, string]>> = {
  NPS: ["Not at all likely", "Extremely likely"],
  CSAT: ["Very dissatisfied", "Very satisfied"],
};

export type LoadWidgetQuestionsOptions = { orgId: string; surveyId: string; metric: Metric };

/** Null when the survey has no headline question on a scale, so there is nothing to embed. */
export async function loadWidgetQuestions(db: DbOrTx, options: LoadWidgetQuestionsOptions): Promise<WidgetQuestions | null> {
  const questions = await loadAnswerableQuestions(db, options);
  const headline = questions.find((q) => q.isHeadline && q.scale !== null);
  if (!headline) return null;
  const comment = questions.find((q) => q.type === "OPEN_TEXT") ?? null;
  return { headline: { ...headline, required: true }, comment };
}

export function toWidgetConfig(metric: Metric, { headline, comment }: WidgetQuestions): WidgetConfig | null {
  // eNPS belongs to employee surveys, which are never embedded.
  if (metric === "ENPS" || !headline.scale) return null;
  const [minLabel, maxLabel] = END_LABELS[metric];
  return {
    metric,
    question: { prompt: headline.prompt, min: headline.scale.min, max: headline.scale.max, minLabel, maxLabel },
    comment: comment ? { prompt: comment.prompt, maxLength: MAX_COMMENT_LENGTH } : null,
  };
}

/** GET /api/public/widget/<token>: the prompt of an embeddable survey, or "not found". */
export async function loadPublicWidgetConfig(db: DbOrTx, { distribution, survey }: WidgetTarget): Promise<WidgetConfig> {
  assertEmbeddable(survey);
  const questions = await loadWidgetQuestions(db, { orgId: distribution.orgId, surveyId: distribution.surveyId, metric: survey.metric });
  const config = questions ? toWidgetConfig(survey.metric, questions) : null;
  if (!config) throw new AppError("not_found", NOT_AVAILABLE_MESSAGE);
  return config;
}
