/**
 * Surveys as the API and the app see them: one zod schema per shape, shared by the handlers,
 * the OpenAPI document and the in-app builder (shared/STYLE.md, habit 4). The server adds
 * only what needs the database: ownership, the survey's metric, which questions have answers
 * (docs/decisions/007-survey-builder-and-versioning.md).
 */
import { z } from "zod";
import { SCALES } from "@/core/scoring/scales";
import { idSchema, nameSchema, noNul } from "./common";

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
/** The question type a survey's headline must have: eNPS is the NPS question about work. */
export const HEADLINE_TYPE: Readonly<Record<Metric, QuestionType>> = { NPS: "NPS", CSAT: "CSAT", ENPS: "NPS" };

export const MAX_QUESTIONS = 50;
export const MAX_PROMPT_LENGTH = 500;
export const MAX_DESCRIPTION_LENGTH = 2000;
export const MAX_CHOICE_LABEL_LENGTH = 200;
export const MIN_CHOICES = 2;
export const MAX_CHOICES = 20;
/** A RATING question runs from 1 to one of these. */
export const RATING_SCALE_MAXES = [5, 7] as const;
export const CHOICE_TYPES: readonly QuestionType[] = ["SINGLE_CHOICE", "MULTIPLE_CHOICE"];

const text = (max: number) =>
  z
    .string({ error: "A string" })
    .trim()
    .min(1, "Required")
    .max(max, `At most ${max} characters`)
    .refine(noNul, "Must not contain U+0000");

export const surveyTitleSchema = nameSchema.refine(noNul, "Must not contain U+0000");
/** Blank means "no description" (null). */
export const surveyDescriptionSchema = z
  .string({ error: "A string" })
  .trim()
  .max(MAX_DESCRIPTION_LENGTH, `At most ${MAX_DESCRIPTION_LENGTH} characters`)
  .refine(noNul, "Must not contain U+0000")
  .transform((value) => value || null)
  .nullable();

/** A choice's id is what a MULTIPLE_CHOICE or SINGLE_CHOICE answer stores, so it is stable. */
export const choiceSchema = z.strictObject({
  id: z.string({ error: "A string" }).regex(/^[A-Za-z0-9_-]{1,64}$/, "1 to 64 letters, digits, - or _"),
  label: text(MAX_CHOICE_LABEL_LENGTH),
});
export type Choice = z.infer<typeof choiceSchema>;

type ScaleRule = { kind: "fixed"; min: number; max: number } | { kind: "rating" } | { kind: "none" };
/** Which scale each type has; a table rather than a switch (shared/STYLE.md, habit 8). */
export const SCALE_RULES: Readonly<Record<QuestionType, ScaleRule>> = {
  NPS: { kind: "fixed", ...SCALES.NPS },
  CSAT: { kind: "fixed", ...SCALES.CSAT },
  RATING: { kind: "rating" },
  SINGLE_CHOICE: { kind: "none" },
  MULTIPLE_CHOICE: { kind: "none" },
  OPEN_TEXT: { kind: "none" },
};

const questionFields = z.strictObject({
  /** An existing question of the survey; absent for a new one. */
  id: idSchema.optional(),
  type: z.enum(QUESTION_TYPES),
  prompt: text(MAX_PROMPT_LENGTH),
  required: z.boolean({ error: "true or false" }).optional(),
  isHeadline: z.boolean({ error: "true or false" }).optional(),
  scaleMin: z.number({ error: "A whole number" }).int("A whole number").nullish().describe("NPS 0, CSAT 1, RATING 1 (may be left out); none for other types"),
  scaleMax: z.number({ error: "A whole number" }).int("A whole number").nullish().describe("NPS 10, CSAT 5 (may be left out), RATING 5 or 7; none for other types"),
  options: z
    .array(choiceSchema, { error: "An array of { id, label }" })
    .min(MIN_CHOICES, `At least ${MIN_CHOICES} choices`)
    .max(MAX_CHOICES, `At most ${MAX_CHOICES} choices`)
    .nullish()
    .describe("SINGLE_CHOICE and MULTIPLE_CHOICE only"),
});
type QuestionFields = z.output<typeof questionFields>;
type Issue = { path: (string | number)[]; message: string };

function scaleIssues(q: QuestionFields): Issue[] {
  const rule = SCALE_RULES[q.type];
  const issues: Issue[] = [];
  if (rule.kind === "fixed") {
    if (q.scaleMin != null && q.scaleMin !== rule.min) issues.push({ path: ["scaleMin"], message: `${q.type} questions run from ${rule.min}` });
    if (q.scaleMax != null && q.scaleMax !== rule.max) issues.push({ path: ["scaleMax"], message: `${q.type} questions run to ${rule.max}` });
  } else if (rule.kind === "rating") {
    if (q.scaleMin != null && q.scaleMin !== 1) issues.push({ path: ["scaleMin"], message: "Rating scales start at 1" });
    if (q.scaleMax == null || !(RATING_SCALE_MAXES as readonly number[]).includes(q.scaleMax)) {
      issues.push({ path: ["scaleMax"], message: `A RATING question needs scaleMax ${RATING_SCALE_MAXES.join(" or ")}` });
    }
  } else if (q.scaleMin != null || q.scaleMax != null) {
    issues.push({ path: [q.scaleMin != null ? "scaleMin" : "scaleMax"], message: "Only NPS, CSAT and RATING questions have a scale" });
  }
  return issues;
}

function optionIssues(q: QuestionFields): Issue[] {
  if (!CHOICE_TYPES.includes(q.type)) return q.options != null ? [{ path: ["options"], message: "Only choice questions have options" }] : [];
  if (q.options != null && !Array.isArray(q.options)) return [];
  // The list's length is checked by its own schema; a missing list only here.
  const options = q.options;
  if (options == null) return [{ path: ["options"], message: `A ${q.type} question needs ${MIN_CHOICES} to ${MAX_CHOICES} options` }];
  const issues: Issue[] = [];
  const ids = new Set<string>();
  const labels = new Set<string>();
  options.forEach((choice, i) => {
    if (typeof choice?.id !== "string" || typeof choice.label !== "string") return;
    if (ids.has(choice.id)) issues.push({ path: ["options", i, "id"], message: "Each choice needs its own id" });
    // Two choices a respondent can't tell apart would split one answer in two.
    const label = choice.label.toLocaleLowerCase("en");
    if (labels.has(label)) issues.push({ path: ["options", i, "label"], message: "This choice is already listed" });
    ids.add(choice.id);
    labels.add(label);
  });
  return issues;
}

/** A validated question: the scale its type implies filled in, null for what it hasn't. */
export type Question = {
  id?: string;
  type: QuestionType;
  prompt: string;
  isHeadline: boolean;
  required: boolean;
  scaleMin: number | null;
  scaleMax: number | null;
  options: Choice[] | null;
};

/**
 * One question as the builder and the API send it. The output is normalized: the scale a type
 * implies is filled in, and anything a type doesn't have is null.
 */
export const questionInputSchema = questionFields
  .superRefine((q, ctx) => {
    // zod runs this even when a field failed; the type's rules only mean something for a known type.
    if (!(QUESTION_TYPES as readonly unknown[]).includes(q.type)) return;
    for (const issue of [...scaleIssues(q), ...optionIssues(q)]) ctx.addIssue({ code: "custom", ...issue });
    if (q.isHeadline && q.required === false) ctx.addIssue({ code: "custom", path: ["required"], message: "The headline question is always required" });
  })
  .transform((q): Question => {
    const rule = SCALE_RULES[q.type];
    const scale = rule.kind === "fixed" ? { scaleMin: rule.min, scaleMax: rule.max } : rule.kind === "rating" ? { scaleMin: 1, scaleMax: q.scaleMax ?? null } : { scaleMin: null, scaleMax: null };
    return {
      ...(q.id ? { id: q.id } : {}),
      type: q.type,
      prompt: q.prompt,
      isHeadline: q.isHeadline ?? false,
      required: (q.isHeadline ?? false) || (q.required ?? false),
      ...scale,
      options: CHOICE_TYPES.includes(q.type) ? (q.options ?? null) : null,
    };
  });
export type QuestionInput = z.input<typeof questionInputSchema>;

/** A survey's whole ordered question list: exactly one headline, each existing id once. */
export const questionListSchema = z
  .array(questionInputSchema, { error: "An array of questions" })
  .min(1, "A survey has at least its headline question")
  .max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions`)
  .superRefine((questions, ctx) => {
    // Runs even when items failed, so an item may not be an object here.
    const headlines = questions.flatMap((q, i) => (q?.isHeadline === true ? [i] : []));
    if (headlines.length === 0) ctx.addIssue({ code: "custom", path: [], message: "Include the headline question (isHeadline: true); it can't be removed" });
    for (const i of headlines.slice(1)) ctx.addIssue({ code: "custom", path: [i, "isHeadline"], message: "A survey has exactly one headline question" });
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      if (typeof q?.id !== "string") return;
      if (seen.has(q.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: "This question is listed twice" });
      seen.add(q.id);
    });
  });

/** What the builder saves: everything about a survey that can be edited. */
export const surveyDefinitionSchema = z.strictObject({
  title: surveyTitleSchema,
  description: surveyDescriptionSchema.optional(),
  questions: questionListSchema,
});
export type SurveyDefinitionInput = z.input<typeof surveyDefinitionSchema>;
export type SurveyDefinition = z.output<typeof surveyDefinitionSchema>;

/** PATCH /api/v1/surveys/{id}: any of the definition's parts; questions are the full list. */
export const updateSurveySchema = z
  .strictObject({
    title: surveyTitleSchema.optional(),
    description: surveyDescriptionSchema.optional(),
    questions: questionListSchema.optional(),
  })
  .refine((v) => v.title !== undefined || v.description !== undefined || v.questions !== undefined, "Give a title, description or questions to change");
export type UpdateSurveyInput = z.output<typeof updateSurveySchema>;

/** POST /api/v1/surveys: the headline question comes from the metric; `questions` are the others. */
export const createSurveySchema = z
  .strictObject({
    title: surveyTitleSchema,
    audience: z.enum(AUDIENCES),
    metric: z.enum(METRICS),
    description: surveyDescriptionSchema.optional(),
    questions: z
      .array(questionInputSchema, { error: "An array of questions" })
      .max(MAX_QUESTIONS - 1, `At most ${MAX_QUESTIONS - 1} questions besides the headline`)
      .optional(),
  })
  .superRefine((value, ctx) => {
    const expected = METRIC_AUDIENCE[value.metric];
    if (expected !== value.audience) {
      ctx.addIssue({ code: "custom", path: ["metric"], message: `${value.metric} is only for ${expected} surveys` });
    }
    value.questions?.forEach((q, i) => {
      if (q?.isHeadline === true) ctx.addIssue({ code: "custom", path: ["questions", i, "isHeadline"], message: "The headline question is made from the metric; list only the other questions" });
      if (q?.id !== undefined) ctx.addIssue({ code: "custom", path: ["questions", i, "id"], message: "A new question has no id" });
    });
  });
export type CreateSurveyInput = z.infer<typeof createSurveySchema>;

/** Query of GET /api/v1/surveys; strict, so a misspelt filter is an error, not "no filter". */
export const listSurveysQuerySchema = z.strictObject({
  audience: z.enum(AUDIENCES).optional(),
  metric: z.enum(METRICS).optional(),
});
export type ListSurveysQuery = z.infer<typeof listSurveysQuerySchema>;

/**
 * The statuses a survey may move to: DRAFT → ACTIVE → CLOSED, CLOSED is final, and ACTIVE goes
 * back to DRAFT only while it has no responses (a draft's questions are expected to change
 * freely, and responses to a "draft" would be a contradiction).
 */
export function statusChangeProblem(from: SurveyStatus, to: SurveyStatus, { responseCount }: { responseCount: number }): string | null {
  if (from === to) return `The survey is already ${to}`;
  if (from === "CLOSED") return "A closed survey can't be reopened";
  if (to === "CLOSED" && from !== "ACTIVE") return "Only an active survey can be closed";
  if (to === "DRAFT" && responseCount > 0) return "A survey with responses can't go back to draft";
  return null;
}

// Optional rather than null in the answers below, so the shape of surveys created before
// the builder (headline only) is exactly what it was: `required` is absent on the headline,
// which is always required; `options` only on choice questions; `description` only when set.
export const questionSchema = z.object({
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  prompt: z.string(),
  position: z.number().int(),
  isHeadline: z.boolean(),
  scaleMin: z.number().int().nullable(),
  scaleMax: z.number().int().nullable(),
  required: z.boolean().optional().describe("Absent on the headline question, which is always required"),
  options: z.array(z.object({ id: z.string(), label: z.string() })).optional().describe("SINGLE_CHOICE and MULTIPLE_CHOICE only"),
});
export type QuestionDto = z.infer<typeof questionSchema>;

export const surveySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional().describe("Absent when the survey has none"),
  audience: z.enum(AUDIENCES),
  metric: z.enum(METRICS),
  status: z.enum(SURVEY_STATUSES),
  createdAt: z.iso.datetime(),
  questions: z.array(questionSchema),
});
export type SurveyDto = z.infer<typeof surveySchema>;

export const surveyListSchema = z.object({ surveys: z.array(surveySchema) });

/** A question as the builder edits it: the stored fields and how many answers it holds. */
export type EditableQuestion = Question & { id: string; position: number; answerCount: number };
export type EditableSurvey = {
  id: string;
  title: string;
  description: string | null;
  audience: Audience;
  metric: Metric;
  status: SurveyStatus;
  createdAt: string;
  responseCount: number;
  questions: EditableQuestion[];
};
export type SurveySummary = Pick<EditableSurvey, "id" | "title" | "audience" | "metric" | "status" | "createdAt" | "responseCount">;
