/**
 * Creating a survey through the API: the survey and its headline question in one transaction,
 * so a survey never exists without the question its metric is computed from.
 */
import { SCALES } from "@/core";
import { notFound } from "@/lib/errors";
import type { CreateSurveyInput, Metric, QuestionType, SurveyDto } from "@/lib/schemas/survey";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { surveySelect, toSurveyDto } from "./survey-dto";

type HeadlineQuestion = { type: QuestionType; prompt: string; scaleMin: number; scaleMax: number };

/** The headline question of each metric, worded as shared/DESIGN.md ("The numbers") gives it. */
const HEADLINES: Record<Metric, (orgName: string) => HeadlineQuestion> = {
  NPS: (org) => ({ type: "NPS", prompt: `How likely are you to recommend ${org} to a friend or colleague?`, scaleMin: SCALES.NPS.min, scaleMax: SCALES.NPS.max }),
  CSAT: () => ({ type: "CSAT", prompt: "How satisfied were you with your experience?", scaleMin: SCALES.CSAT.min, scaleMax: SCALES.CSAT.max }),
  // eNPS is the NPS question about the workplace, on the same 0–10 scale.
  ENPS: (org) => ({ type: "NPS", prompt: `How likely are you to recommend ${org} as a place to work?`, scaleMin: SCALES.ENPS.min, scaleMax: SCALES.ENPS.max }),
};

export type CreateSurveyOptions = { orgId: string; actor: AuditActor; input: CreateSurveyInput };

/**
 * API-created surveys start ACTIVE: an integration creates one in order to send responses
 * right away (docs/decisions/003-api-surveys-and-ingestion.md). Employee surveys are
 * anonymous, so their responses keep no identity and only the day.
 */
export async function createSurvey(db: Db, { orgId, actor, input }: CreateSurveyOptions): Promise<SurveyDto> {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: orgId }, select: { name: true } });
    if (!org) throw notFound("Organization");
    const headline = HEADLINES[input.metric](org.name);
    const survey = await tx.survey.create({
      data: {
        orgId,
        title: input.title,
        audience: input.audience,
        metric: input.metric,
        status: "ACTIVE",
        anonymous: input.audience === "EMPLOYEE",
        questions: { create: [{ orgId, position: 0, isHeadline: true, required: true, ...headline }] },
      },
      select: surveySelect,
    });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "survey.create",
      targetType: "Survey",
      targetId: survey.id,
      metadata: { title: survey.title, audience: survey.audience, metric: survey.metric },
    });
    return toSurveyDto(survey);
  });
}
