import { AppError } from "@/lib/errors";
import type { SurveyDto, UpdateSurveyInput } from "@/lib/schemas/survey";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { getSurvey } from "./get-survey";
import { lockSurvey } from "./lock-survey";
import { updateSurveyQuestions, type QuestionChanges } from "./update-survey-questions";

export type UpdateSurveyOptions = { orgId: string; surveyId: string; actor: AuditActor; input: UpdateSurveyInput; now: Date };

/**
 * PATCH /api/v1/surveys/{id} and the builder's Save: title, description and the question list
 * in one transaction. A closed survey is read-only: it is the record of what was asked.
 */
export async function updateSurvey(db: Db, { orgId, surveyId, actor, input, now }: UpdateSurveyOptions): Promise<SurveyDto> {
  return db.$transaction(async (tx) => {
    const survey = await lockSurvey(tx, { orgId, surveyId });
    if (survey.status === "CLOSED") throw new AppError("conflict", "A closed survey can't be edited");
    if (input.title !== undefined || input.description !== undefined) {
      await tx.survey.update({ where: { id: surveyId, orgId }, data: { title: input.title, description: input.description } });
    }
    let questions: QuestionChanges | undefined;
    if (input.questions) questions = await updateSurveyQuestions(tx, { orgId, surveyId, metric: survey.metric, questions: input.questions, now });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "survey.update",
      targetType: "Survey",
      targetId: surveyId,
      metadata: { fields: Object.keys(input).filter((k) => input[k as keyof UpdateSurveyInput] !== undefined), ...(questions ? { questions } : {}) },
    });
    return getSurvey(tx, { orgId, surveyId });
  });
}
