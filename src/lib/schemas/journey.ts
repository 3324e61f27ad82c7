/**
 * Journeys (customer and employee), their ordered stages and touchpoints, and the links that
 * make them live: a stage ↔ the survey questions that measure it, a customer stage ↔ the
 * employee stage that serves it (shared/DESIGN.md, "The shared model"). One schema for the
 * editor and the API (shared/STYLE.md, habit 4).
 */
import { z } from "zod";
import { idSchema, nameSchema, noNul } from "./common";

const text = (max: number) => z.string().trim().max(max, `At most ${max.toLocaleString("en")} characters`).refine(noNul, "Must not contain U+0000");
const optionalText = (max: number) => text(max).nullish().transform((v) => (v ? v : null));

export const JOURNEY_KINDS = ["CUSTOMER", "EMPLOYEE"] as const;
export const JOURNEY_TEMPLATES = ["retail-customer", "employee-lifecycle"] as const;

export const createJourneySchema = z.strictObject({
  kind: z.enum(JOURNEY_KINDS),
  name: nameSchema,
  persona: optionalText(500),
  description: optionalText(2000),
  /** Starts the journey with the template's stages and touchpoints. */
  template: z.enum(JOURNEY_TEMPLATES).optional(),
});
export type CreateJourneyInput = z.infer<typeof createJourneySchema>;

export const updateJourneySchema = z.strictObject({
  name: nameSchema.optional(),
  persona: optionalText(500).optional(),
  description: optionalText(2000).optional(),
});
export type UpdateJourneyInput = z.infer<typeof updateJourneySchema>;

export const stageInputSchema = z.strictObject({
  name: nameSchema,
  description: optionalText(2000),
  expectations: optionalText(2000),
  feelings: optionalText(2000),
  isMomentThatMatters: z.boolean().default(false),
});
export type StageInput = z.infer<typeof stageInputSchema>;
// The flag's default must not apply to a partial update, or every PATCH would clear it.
export const updateStageSchema = stageInputSchema.extend({ isMomentThatMatters: z.boolean().optional() }).partial();
export type UpdateStageInput = z.infer<typeof updateStageSchema>;

export const moveStageSchema = z.strictObject({ position: z.number().int().min(0).max(200) });

export const touchpointInputSchema = z.strictObject({
  name: nameSchema,
  channel: optionalText(100),
  ownerTeamId: idSchema.nullish().transform((v) => v ?? null),
  isMomentThatMatters: z.boolean().default(false),
  description: optionalText(2000),
});
export type TouchpointInput = z.infer<typeof touchpointInputSchema>;
export const updateTouchpointSchema = touchpointInputSchema.extend({ isMomentThatMatters: z.boolean().optional() }).partial();

export const linkQuestionSchema = z.strictObject({ questionId: idSchema });
/** A customer stage ↔ the employee stage that serves it; null unlinks. */
export const servedBySchema = z.strictObject({ servedByStageId: idSchema.nullable() });

/** Query of the map view and its API: a team subtree and a window of days (UTC, inclusive). */
export const journeyMapQuerySchema = z.strictObject({
  teamId: idSchema.optional(),
  from: z.iso.date(),
  to: z.iso.date(),
});
export type JourneyMapQuery = z.infer<typeof journeyMapQuerySchema>;

// Response shapes: the types the server returns and the OpenAPI document's schemas, from one source.
export const touchpointDtoSchema = z.object({
  id: z.string(),
  position: z.int(),
  name: z.string(),
  channel: z.string().nullable(),
  ownerTeamId: z.string().nullable(),
  ownerTeamName: z.string().nullable(),
  isMomentThatMatters: z.boolean(),
  description: z.string().nullable(),
});
export type TouchpointDto = z.infer<typeof touchpointDtoSchema>;

export const linkedQuestionDtoSchema = z.object({ questionId: z.string(), surveyId: z.string(), surveyTitle: z.string(), prompt: z.string(), type: z.string() });
export type LinkedQuestionDto = z.infer<typeof linkedQuestionDtoSchema>;

export const stageDtoSchema = z.object({
  id: z.string(),
  position: z.int(),
  name: z.string(),
  description: z.string().nullable(),
  expectations: z.string().nullable(),
  feelings: z.string().nullable(),
  isMomentThatMatters: z.boolean(),
  servedByStageId: z.string().nullable(),
  touchpoints: z.array(touchpointDtoSchema),
  questions: z.array(linkedQuestionDtoSchema),
});
export type StageDto = z.infer<typeof stageDtoSchema>;

export const journeyDtoSchema = z.object({
  id: z.string(),
  kind: z.enum(JOURNEY_KINDS),
  name: z.string(),
  persona: z.string().nullable(),
  description: z.string().nullable(),
  createdAt: z.iso.datetime(),
  stages: z.array(stageDtoSchema),
});
export type JourneyDto = z.infer<typeof journeyDtoSchema>;

export const journeySummarySchema = z.object({
  id: z.string(),
  kind: z.enum(JOURNEY_KINDS),
  name: z.string(),
  persona: z.string().nullable(),
  stageCount: z.int(),
  createdAt: z.iso.datetime(),
});
export const journeyListSchema = z.object({ journeys: z.array(journeySummarySchema) });

/**
 * A stage's score on the map: from its linked questions' answers in the window (NPS scale
 * questions as NPS, CSAT as CSAT, ratings as a mean), with n and the margin of error; an
 * employee figure below k (or derivable by subtraction) is `{ suppressed: true }`.
 */
export const stageFigureSchema = z
  .union([
    z.object({ kind: z.enum(["NPS", "CSAT"]), score: z.number().nullable(), n: z.int(), marginOfError: z.number().nullable() }),
    z.object({ kind: z.literal("RATING"), mean: z.number().nullable(), n: z.int() }),
    z.strictObject({ suppressed: z.literal(true) }),
  ])
  .nullable();
export type StageFigure = z.infer<typeof stageFigureSchema>;

export const journeyMapDtoSchema = z.object({
  journey: journeyDtoSchema,
  from: z.iso.date(),
  to: z.iso.date(),
  teamId: z.string().nullable(),
  stages: z.array(
    z.object({
      stageId: z.string(),
      figure: stageFigureSchema,
      /** For a customer stage: the employee stage serving it and its figure (anonymity applied). */
      servedBy: z.object({ stageId: z.string(), journeyId: z.string(), name: z.string(), figure: stageFigureSchema }).nullable(),
      ideas: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), voteCount: z.int() })),
    }),
  ),
});
export type JourneyMapDto = z.infer<typeof journeyMapDtoSchema>;
