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

export type TouchpointDto = {
  id: string;
  position: number;
  name: string;
  channel: string | null;
  ownerTeamId: string | null;
  ownerTeamName: string | null;
  isMomentThatMatters: boolean;
  description: string | null;
};

export type LinkedQuestionDto = { questionId: string; surveyId: string; surveyTitle: string; prompt: string; type: string };

export type StageDto = {
  id: string;
  position: number;
  name: string;
  description: string | null;
  expectations: string | null;
  feelings: string | null;
  isMomentThatMatters: boolean;
  servedByStageId: string | null;
  touchpoints: TouchpointDto[];
  questions: LinkedQuestionDto[];
};

export type JourneyDto = {
  id: string;
  kind: (typeof JOURNEY_KINDS)[number];
  name: string;
  persona: string | null;
  description: string | null;
  createdAt: string;
  stages: StageDto[];
};

/**
 * A stage's score on the map: from its linked questions' answers in the window (NPS scale
 * questions as NPS, CSAT as CSAT, ratings as a mean), with n and the margin of error; an
 * employee figure below k (or derivable by subtraction) is `{ suppressed: true }`.
 */
export type StageFigure =
  | { kind: "NPS" | "CSAT"; score: number | null; n: number; marginOfError: number | null }
  | { kind: "RATING"; mean: number | null; n: number }
  | { suppressed: true }
  | null;

export type JourneyMapDto = {
  journey: JourneyDto;
  from: string;
  to: string;
  teamId: string | null;
  stages: Array<{
    stageId: string;
    figure: StageFigure;
    /** For a customer stage: the employee stage serving it and its figure (anonymity applied). */
    servedBy: { stageId: string; journeyId: string; name: string; figure: StageFigure } | null;
    ideas: Array<{ id: string; title: string; status: string; voteCount: number }>;
  }>;
};
