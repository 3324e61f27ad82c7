/** The one select and mapping behind every survey the API returns. */
import type { Prisma } from "@/generated/prisma/client";
import type * as PrismaEnums from "@/generated/prisma/enums";
import type { Audience, Metric, QuestionDto, QuestionType, SurveyDto, SurveyStatus } from "@/lib/schemas/survey";
import { storedOptions } from "./question-data";

// The lib mirrors of the Prisma enums must list exactly the same values: if the schema gains
// a value, this stops compiling until src/lib/schemas/survey.ts follows.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const enumsAgree: [Same<Audience, PrismaEnums.Audience>, Same<Metric, PrismaEnums.Metric>, Same<SurveyStatus, PrismaEnums.SurveyStatus>, Same<QuestionType, PrismaEnums.QuestionType>] = [
  true,
  true,
  true,
  true,
];
void enumsAgree;

/** The live questions of a survey, in order. */
export const liveQuestionsQuery = {
  // Archived questions are earlier versions kept for the answers they hold, not the survey.
  where: { archivedAt: null },
  orderBy: [{ position: "asc" }, { id: "asc" }],
} satisfies Prisma.Survey$questionsArgs;

export const questionSelect = {
  id: true,
  type: true,
  prompt: true,
  position: true,
  isHeadline: true,
  required: true,
  scaleMin: true,
  scaleMax: true,
  options: true,
} satisfies Prisma.QuestionSelect;

export const surveySelect = {
  id: true,
  title: true,
  description: true,
  audience: true,
  metric: true,
  status: true,
  createdAt: true,
  questions: { ...liveQuestionsQuery, select: questionSelect },
} satisfies Prisma.SurveySelect;

type SurveyRow = Prisma.SurveyGetPayload<{ select: typeof surveySelect }>;
type QuestionRow = Prisma.QuestionGetPayload<{ select: typeof questionSelect }>;

// Fields are added only where they say something, so a headline-only survey keeps the exact
// shape it had before the builder (see questionSchema in src/lib/schemas/survey.ts).
function toQuestionDto(q: QuestionRow): QuestionDto {
  const options = storedOptions(q.type, q.options);
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    position: q.position,
    isHeadline: q.isHeadline,
    scaleMin: q.scaleMin,
    scaleMax: q.scaleMax,
    ...(q.isHeadline ? {} : { required: q.required }),
    ...(options ? { options } : {}),
  };
}

export function toSurveyDto(survey: SurveyRow): SurveyDto {
  return {
    id: survey.id,
    title: survey.title,
    ...(survey.description ? { description: survey.description } : {}),
    audience: survey.audience,
    metric: survey.metric,
    status: survey.status,
    createdAt: survey.createdAt.toISOString(),
    questions: survey.questions.map(toQuestionDto),
  };
}
