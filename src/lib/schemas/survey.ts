/**
 * Surveys as the API and the app see them: one zod schema per shape, shared by the handler,
 * the OpenAPI document and (later) the in-app builder (shared/STYLE.md, habit 4).
 */
import { z } from "zod";
import { nameSchema } from "./common";

// Mirrors of the Prisma enums, kept here because lib is isomorphic and can't import the
// generated client; src/server/surveys/survey-dto.ts checks at compile time that they agree.
export const AUDIENCES = ["CUSTOMER", "EMPLOYEE"] as const;
export type Audience = (typeof AUDIENCES)[number];
export const METRICS = ["NPS", "CSAT", "ENPS"] as const;
export type Metric = (typeof METRICS)[number];
export const SURVEY_STATUSES = ["DRAFT", "ACTIVE", "CLOSED"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const QUESTION_TYPES = ["NPS", "CSAT", "RATING", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "OPEN_TEXT"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** eNPS is asked of employees, NPS and CSAT of customers (shared/DESIGN.md, "The numbers"). */
export const METRIC_AUDIENCE: Readonly<Record<Metric, Audience>> = { NPS: "CUSTOMER", CSAT: "CUSTOMER", ENPS: "EMPLOYEE" };

export const createSurveySchema = z
  .strictObject({
    // PostgreSQL text can't hold U+0000: refuse it here rather than fail in the database.
    title: nameSchema.refine((title) => !title.includes("\u0000"), "Must not contain U+0000"),
    audience: z.enum(AUDIENCES),
    metric: z.enum(METRICS),
  })
  .superRefine((value, ctx) => {
    const expected = METRIC_AUDIENCE[value.metric];
    if (expected !== value.audience) {
      ctx.addIssue({ code: "custom", path: ["metric"], message: `${value.metric} is only for ${expected} surveys` });
    }
  });
export type CreateSurveyInput = z.infer<typeof createSurveySchema>;

/** Query of GET /api/v1/surveys; strict, so a misspelt filter is an error, not "no filter". */
export const listSurveysQuerySchema = z.strictObject({
  audience: z.enum(AUDIENCES).optional(),
  metric: z.enum(METRICS).optional(),
});
export type ListSurveysQuery = z.infer<typeof listSurveysQuerySchema>;

export const questionSchema = z.object({
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  prompt: z.string(),
  position: z.number().int(),
  isHeadline: z.boolean(),
  scaleMin: z.number().int().nullable(),
  scaleMax: z.number().int().nullable(),
});
export type QuestionDto = z.infer<typeof questionSchema>;

export const surveySchema = z.object({
  id: z.string(),
  title: z.string(),
  audience: z.enum(AUDIENCES),
  metric: z.enum(METRICS),
  status: z.enum(SURVEY_STATUSES),
  createdAt: z.iso.datetime(),
  questions: z.array(questionSchema),
});
export type SurveyDto = z.infer<typeof surveySchema>;

export const surveyListSchema = z.object({ surveys: z.array(surveySchema) });
