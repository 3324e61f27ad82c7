import { AppError } from "@/lib/errors";
import { statusChangeProblem, type SurveyDto, type SurveyStatus } from "@/lib/schemas/survey";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { getSurvey } from "./get-survey";
import { lockSurvey } from "./lock-survey";

export type ChangeSurveyStatusOptions = { orgId: string; surveyId: string; actor: AuditActor; to: SurveyStatus; now: Date };

const AUDIT_ACTION: Record<SurveyStatus, string> = { DRAFT: "survey.unpublish", ACTIVE: "survey.activate", CLOSED: "survey.close" };

/** DRAFT → ACTIVE → CLOSED; the rules are statusChangeProblem's (src/lib/schemas/survey.ts). */
export async function changeSurveyStatus(db: Db, { orgId, surveyId, actor, to, now }: ChangeSurveyStatusOptions): Promise<SurveyDto> {
  return db.$transaction(async (tx) => {
    const survey = await lockSurvey(tx, { orgId, surveyId });
    // Only going back to draft depends on responses; the count is skipped otherwise.
    const responseCount = to === "DRAFT" ? await tx.response.count({ where: { orgId, surveyId } }) : 0;
    const problem = statusChangeProblem(survey.status, to, { responseCount });
    if (problem) throw new AppError("conflict", problem);
    await tx.survey.update({ where: { id: surveyId, orgId }, data: { status: to, closedAt: to === "CLOSED" ? now : null } });
    await recordAudit(tx, { orgId, actor, action: AUDIT_ACTION[to], targetType: "Survey", targetId: surveyId, metadata: { from: survey.status, to } });
    return getSurvey(tx, { orgId, surveyId });
  });
}
