import { notFound } from "@/lib/errors";
import type { SurveyDto } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";
import { surveySelect, toSurveyDto } from "./survey-dto";

export type GetSurveyOptions = { orgId: string; surveyId: string };

/** Another organization's survey is "not found", exactly like a missing one. */
export async function getSurvey(db: DbOrTx, { orgId, surveyId }: GetSurveyOptions): Promise<SurveyDto> {
  const survey = await db.survey.findFirst({ where: { id: surveyId, orgId }, select: surveySelect });
  if (!survey) throw notFound("Survey");
  return toSurveyDto(survey);
}
