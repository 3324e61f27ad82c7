"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { SURVEY_STATUSES, surveyDefinitionSchema, surveyTitleSchema, type EditableSurvey } from "@/lib/schemas/survey";
import { SURVEY_TEMPLATE_IDS } from "@/lib/survey-templates";
import { memberAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { changeSurveyStatus } from "@/server/surveys/change-survey-status";
import { createSurveyFromTemplate } from "@/server/surveys/create-survey";
import { getEditableSurvey } from "@/server/surveys/get-editable-survey";
import { updateSurvey } from "@/server/surveys/update-survey";

export const createSurveyAction = memberAction(
  { permission: "surveys:manage", schema: z.strictObject({ templateId: z.enum(SURVEY_TEMPLATE_IDS, { error: "Choose a template" }), title: surveyTitleSchema }) },
  async ({ templateId, title }, member) => {
    const survey = await createSurveyFromTemplate(db, { orgId: member.orgId, actor: { userId: member.userId }, templateId, title });
    revalidatePath("/surveys");
    redirect(`/surveys/${survey.id}`);
  },
);

// The builder posts its whole definition as JSON in one field, checked by the very schema
// PATCH /api/v1/surveys/{id} uses; the form's other fields are its controls, and are dropped.
const jsonText = z.string().transform((text, ctx): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    ctx.addIssue({ code: "custom", message: "The survey could not be read; reload the page" });
    return z.NEVER;
  }
});

/** Issues as "questions.2.prompt": message, the first per field. */
function fieldErrorsOf(error: AppError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues ?? []) out[issue.path.join(".") || "form"] ??= issue.message;
  return out;
}

export const saveSurveyAction = memberAction(
  { permission: "surveys:manage", schema: z.object({ surveyId: idSchema, definition: jsonText.pipe(surveyDefinitionSchema) }) },
  async ({ surveyId, definition }, member): Promise<ActionState<EditableSurvey>> => {
    try {
      await updateSurvey(db, { orgId: member.orgId, surveyId, actor: { userId: member.userId }, input: definition, now: new Date() });
    } catch (error) {
      // The database's checks (a question removed meanwhile, say) land on the field they concern.
      if (error instanceof AppError && error.issues?.length) return { ok: false, message: "Please correct the highlighted fields", fieldErrors: fieldErrorsOf(error) };
      throw error;
    }
    revalidatePath("/surveys");
    revalidatePath(`/surveys/${surveyId}`);
    // The saved survey comes back so the builder picks up new ids (new questions, new versions).
    return { ok: true, message: "Survey saved", data: await getEditableSurvey(db, { orgId: member.orgId, surveyId }) };
  },
);

const STATUS_MESSAGES = { DRAFT: "The survey is a draft again", ACTIVE: "The survey is active", CLOSED: "The survey is closed" } as const;

export const changeSurveyStatusAction = memberAction(
  { permission: "surveys:manage", schema: z.strictObject({ surveyId: idSchema, to: z.enum(SURVEY_STATUSES) }) },
  async ({ surveyId, to }, member) => {
    await changeSurveyStatus(db, { orgId: member.orgId, surveyId, actor: { userId: member.userId }, to, now: new Date() });
    revalidatePath("/surveys");
    revalidatePath(`/surveys/${surveyId}`);
    return { ok: true, message: STATUS_MESSAGES[to] };
  },
);
