/** The one select and mapping behind every survey the API returns. */
import type { Prisma } from "@/generated/prisma/client";
import type * as PrismaEnums from "@/generated/prisma/enums";
import type { Audience, Metric, QuestionType, SurveyDto, SurveyStatus } from "@/lib/schemas/survey";

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

export const surveySelect = {
  id: true,
  title: true,
  audience: true,
  metric: true,
  status: true,
  createdAt: true,
  // Archived questions are earlier versions kept for the answers they hold, not the survey.
  questions: {
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, type: true, prompt: true, position: true, isHeadline: true, scaleMin: true, scaleMax: true },
  },
} satisfies Prisma.SurveySelect;

type SurveyRow = Prisma.SurveyGetPayload<{ select: typeof surveySelect }>;

export function toSurveyDto(survey: SurveyRow): SurveyDto {
  return {
    id: survey.id,
    title: survey.title,
    audience: survey.audience,
    metric: survey.metric,
    status: survey.status,
    createdAt: survey.createdAt.toISOString(),
    questions: survey.questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      position: q.position,
      isHeadline: q.isHeadline,
      scaleMin: q.scaleMin,
      scaleMax: q.scaleMax,
    })),
  };
}
