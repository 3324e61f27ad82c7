import { SCALES } from "@/core";
import { choiceOptionsSchema, type AnswerableQuestion, type ChoiceOption } from "@/lib/schemas/answer";
import type { Metric, QuestionType } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";

type ScaleRule = (q: { scaleMin: number | null; scaleMax: number | null }) => { min: number; max: number } | null;

// NPS and CSAT questions have fixed scales whatever the row says; a rating's is its own
// (1–5 or 1–7 from the builder), 1–5 when unset.
const SCALE_OF: Readonly<Record<QuestionType, ScaleRule>> = {
  NPS: () => SCALES.NPS,
  CSAT: () => SCALES.CSAT,
  RATING: (q) => ({ min: q.scaleMin ?? 1, max: q.scaleMax ?? 5 }),
  SINGLE_CHOICE: () => null,
  MULTIPLE_CHOICE: () => null,
  OPEN_TEXT: () => null,
};

function parseOptions(options: unknown): ChoiceOption[] {
  const parsed = choiceOptionsSchema.safeParse(options);
  return parsed.success ? parsed.data : [];
}

const questionSelect = { id: true, type: true, prompt: true, required: true, isHeadline: true, scaleMin: true, scaleMax: true, options: true } as const;

export type AnswerableQuestionsOptions = { orgId: string; surveyId: string; metric: Metric };

/**
 * The survey's live questions in order, with each scale resolved. The headline question is
 * held to the survey metric's scale, as POST /api/v1/responses holds its score, because its
 * answer becomes Response.score and a histogram column of DailyRollup.
 */
export async function loadAnswerableQuestions(db: DbOrTx, { orgId, surveyId, metric }: AnswerableQuestionsOptions): Promise<AnswerableQuestion[]> {
  const rows = await db.question.findMany({
    // Archived questions are earlier versions kept for the answers they hold.
    where: { orgId, surveyId, archivedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: questionSelect,
  });
  return rows.map((q) => ({
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    required: q.required,
    isHeadline: q.isHeadline,
    scale: q.isHeadline && SCALE_OF[q.type](q) ? SCALES[metric] : SCALE_OF[q.type](q),
    options: parseOptions(q.options),
  }));
}
