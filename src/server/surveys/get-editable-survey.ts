import { notFound } from "@/lib/errors";
import type { EditableSurvey } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";
import { storedOptions } from "./question-data";
import { liveQuestionsQuery, questionSelect } from "./survey-dto";

export type GetEditableSurveyOptions = { orgId: string; surveyId: string };

/**
 * A survey as the builder shows it: the live questions with how many answers each holds (an
 * answered question is locked: editing it makes a new version), and the response count that
 * decides whether it may go back to draft.
 */
export async function getEditableSurvey(db: DbOrTx, { orgId, surveyId }: GetEditableSurveyOptions): Promise<EditableSurvey> {
  const survey = await db.survey.findFirst({
    where: { id: surveyId, orgId },
    select: {
      id: true,
      title: true,
      description: true,
      audience: true,
      metric: true,
      status: true,
      createdAt: true,
      _count: { select: { responses: true } },
      questions: { ...liveQuestionsQuery, select: { ...questionSelect, _count: { select: { answers: true } } } },
    },
  });
  if (!survey) throw notFound("Survey");
  return {
    id: survey.id,
    title: survey.title,
    description: survey.description,
    audience: survey.audience,
    metric: survey.metric,
    status: survey.status,
    createdAt: survey.createdAt.toISOString(),
    responseCount: survey._count.responses,
    questions: survey.questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      required: q.required,
      isHeadline: q.isHeadline,
      scaleMin: q.scaleMin,
      scaleMax: q.scaleMax,
      options: storedOptions(q.type, q.options),
      position: q.position,
      answerCount: q._count.answers,
    })),
  };
}
