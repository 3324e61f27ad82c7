/**
 * A score (and maybe a comment) from an embedded widget: checked exactly as the API checks a
 * score and the answering page checks an answer, limited per address, guarded against double
 * submission, and stored through the answering page's own transaction (response, answers and
 * rollup increment together). Every refusal is an AppError; nothing a page sends can make this
 * throw anything else.
 */
import { AppError, type ErrorIssue } from "@/lib/errors";
import { checkAnswers, type AnswerableQuestion } from "@/lib/schemas/answer";
import { responseItemSchema } from "@/lib/schemas/response";
import { parseOrThrow } from "@/lib/validation";
import type { Db } from "../prisma-client";
import { storeResponse } from "../answering/store-response";
import { clearRateLimit, hitRateLimit } from "../rate-limit/hit-rate-limit";
import type { WidgetTarget } from "./find-widget-by-token";
import { loadWidgetQuestions, type WidgetQuestions } from "./widget-config";
import { repeatKey, spendPerWidget, WIDGET_LIMITS, type WidgetLimits } from "./widget-limits";
import { assertEmbeddable, NOT_AVAILABLE_MESSAGE } from "./widget-status";

/**
 * The body is `{ score, comment? }` with the API's own field rules (POST /api/v1/responses):
 * a JSON integer, a comment trimmed to at most 5,000 characters without NUL. Unknown keys are
 * refused, as the API refuses them. The survey's own scale is checked next, by checkAnswers.
 */
export const widgetSubmissionSchema = responseItemSchema.pick({ score: true, comment: true });

export type SubmitWidgetResponseOptions = {
  target: WidgetTarget;
  /** Read only once the cheaper checks passed (src/server/api/http.ts readJsonBody: JSON only, 1 MB). */
  readBody: () => Promise<unknown>;
  /** The caller's address (src/server/auth/client-address.ts). */
  address: string;
  now?: Date;
  limits?: WidgetLimits;
};

export const INVALID_MESSAGE = "Please check your answer.";
export const REPEAT_MESSAGE = "This answer was already received. Thank you!";

/** checkAnswers speaks in question ids; the widget's fields are `score` and `comment`. */
function renameIssues(issues: ErrorIssue[], questions: WidgetQuestions): ErrorIssue[] {
  const names = new Map<string | number, string>([[questions.headline.id, "score"]]);
  if (questions.comment) names.set(questions.comment.id, "comment");
  return issues.map((issue) => ({ ...issue, path: issue.path.map((p) => names.get(p) ?? p) }));
}

export async function submitWidgetResponse(db: Db, options: SubmitWidgetResponseOptions): Promise<{ status: "stored" }> {
  const { target, readBody, address, now = new Date(), limits = WIDGET_LIMITS } = options;
  const { distribution, survey } = target;
  assertEmbeddable(survey);
  // Counted before the body is read or checked: refused attempts spend the budget too.
  await spendPerWidget(db, address, distribution.id, limits, now);
  const { score, comment = null } = parseOrThrow(widgetSubmissionSchema, await readBody(), INVALID_MESSAGE);

  const questions = await loadWidgetQuestions(db, { orgId: distribution.orgId, surveyId: distribution.surveyId, metric: survey.metric });
  if (!questions) throw new AppError("not_found", NOT_AVAILABLE_MESSAGE);
  if (comment !== null && !questions.comment) {
    throw new AppError("validation_failed", INVALID_MESSAGE, [{ path: ["comment"], message: "This survey takes no comment" }]);
  }
  const asked: AnswerableQuestion[] = questions.comment ? [questions.headline, questions.comment] : [questions.headline];
  const raw: Record<string, unknown> = { [questions.headline.id]: score };
  if (questions.comment && comment !== null) raw[questions.comment.id] = comment;
  const { answers, issues } = checkAnswers(asked, raw);
  if (issues.length > 0) throw new AppError("validation_failed", INVALID_MESSAGE, renameIssues(issues, questions));

  // The same answer from the same address within the window is a double submission (a double
  // click, a retried request). One atomic upsert, so two concurrent copies can't both pass.
  const key = repeatKey(distribution.id, address, { score, comment });
  const repeat = await hitRateLimit(db, { key, limit: 1, windowMs: limits.repeatWindowMs, now });
  if (!repeat.allowed) throw new AppError("conflict", REPEAT_MESSAGE);
  try {
    await storeResponse(db, { distribution, audience: "CUSTOMER", answers, headlineQuestionId: questions.headline.id, now });
  } catch (error) {
    // Not stored, so not a repeat: a retry must not be refused as one.
    await clearRateLimit(db, key).catch(() => undefined);
    throw error;
  }
  return { status: "stored" };
}
