import { notFound } from "@/lib/errors";
import type { Audience, Metric, SurveyStatus } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";

export type ViewSurvey = { id: string; title: string; audience: Audience; metric: Metric; status: SurveyStatus };

/** The survey whose responses are read; another organization's is "not found", like a missing one. */
export async function loadViewSurvey(db: DbOrTx, { orgId, surveyId }: { orgId: string; surveyId: string }): Promise<ViewSurvey> {
  const survey = await db.survey.findFirst({ where: { id: surveyId, orgId }, select: { id: true, title: true, audience: true, metric: true, status: true } });
  if (!survey) throw notFound("Survey");
  return survey;
}
