/**
 * Creating a survey: the survey and all its questions in one transaction, so a survey never
 * exists without the headline question its metric is computed from.
 */
import { notFound } from "@/lib/errors";
import { questionListSchema, type Audience, type CreateSurveyInput, type Metric, type Question, type SurveyDto } from "@/lib/schemas/survey";
import { findSurveyTemplate, headlineQuestion, type SurveyTemplateId } from "@/lib/survey-templates";
import type { Db, Tx } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { questionColumns } from "./question-data";
import { surveySelect, toSurveyDto } from "./survey-dto";

type NewSurvey = {
  title: string;
  description: string | null;
  audience: Audience;
  metric: Metric;
  status: "DRAFT" | "ACTIVE";
  /** Validated and ordered, headline included. */
  questions: Question[];
};

async function orgName(tx: Tx, orgId: string): Promise<string> {
  const org = await tx.organization.findUnique({ where: { id: orgId }, select: { name: true } });
  if (!org) throw notFound("Organization");
  return org.name;
}

async function insertSurvey(tx: Tx, orgId: string, actor: AuditActor, survey: NewSurvey): Promise<SurveyDto> {
  const created = await tx.survey.create({
    data: {
      orgId,
      title: survey.title,
      description: survey.description,
      audience: survey.audience,
      metric: survey.metric,
      status: survey.status,
      // Employee surveys are anonymous: their responses keep no identity and only the day.
      anonymous: survey.audience === "EMPLOYEE",
      questions: { create: survey.questions.map((q, position) => ({ orgId, ...questionColumns(q, position) })) },
    },
    select: surveySelect,
  });
  await recordAudit(tx, {
    orgId,
    actor,
    action: "survey.create",
    targetType: "Survey",
    targetId: created.id,
    metadata: { title: created.title, audience: created.audience, metric: created.metric, status: created.status },
  });
  return toSurveyDto(created);
}

export type CreateSurveyOptions = { orgId: string; actor: AuditActor; input: CreateSurveyInput };

/**
 * POST /api/v1/surveys. API-created surveys start ACTIVE: an integration creates one in order
 * to send responses right away (docs/decisions/003-api-surveys-and-ingestion.md).
 */
export async function createSurvey(db: Db, { orgId, actor, input }: CreateSurveyOptions): Promise<SurveyDto> {
  return db.$transaction(async (tx) => {
    const headline = headlineQuestion(input.metric, await orgName(tx, orgId));
    // The input's questions are already validated; this adds the headline and normalizes it.
    const questions = questionListSchema.parse([headline, ...(input.questions ?? [])]);
    return insertSurvey(tx, orgId, actor, {
      title: input.title,
      description: input.description ?? null,
      audience: input.audience,
      metric: input.metric,
      status: "ACTIVE",
      questions,
    });
  });
}

export type CreateSurveyFromTemplateOptions = { orgId: string; actor: AuditActor; templateId: SurveyTemplateId; title: string };

/** The builder's "new survey": a DRAFT, so it can be shaped before anyone sees it. */
export async function createSurveyFromTemplate(db: Db, { orgId, actor, templateId, title }: CreateSurveyFromTemplateOptions): Promise<SurveyDto> {
  const template = findSurveyTemplate(templateId);
  return db.$transaction(async (tx) => {
    const questions = questionListSchema.parse(template.questions(await orgName(tx, orgId)));
    return insertSurvey(tx, orgId, actor, { title, description: null, audience: template.audience, metric: template.metric, status: "DRAFT", questions });
  });
}
