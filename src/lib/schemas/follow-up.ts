/**
 * Follow-ups (closing the loop with a detractor or a dissatisfied customer): the list's filters,
 * the changes a member or an API key may make, and the shapes the API answers with. One
 * schema for the pages' forms and the API (shared/STYLE.md, habit 4).
 */
import { z } from "zod";
import { daySchema } from "./metrics";
import { idSchema, noNul, NO_NUL_MESSAGE } from "./common";

export const FOLLOW_UP_STATUSES = ["OPEN", "IN_PROGRESS", "CLOSED"] as const;
export type FollowUpStatusName = (typeof FOLLOW_UP_STATUSES)[number];
export const FOLLOW_UP_METRICS = ["NPS", "CSAT"] as const;

/** "open" is every case not closed yet (OPEN and IN_PROGRESS); "all" is no status filter. */
export const STATUS_FILTERS = ["open", "all", ...FOLLOW_UP_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const MAX_NOTE_LENGTH = 5000;
export const MAX_OUTCOME_LENGTH = 5000;
export const MAX_PAGE_SIZE = 100;

const text = (max: number, what: string) =>
  z
    .string({ error: `${what}: a string` })
    .trim()
    .min(1, `${what} is required`)
    .max(max, `At most ${max.toLocaleString("en")} characters`)
    .refine(noNul, NO_NUL_MESSAGE);

/** "unassigned", or a user id (the page also knows "me", resolved before the server sees it). */
export const ownerFilterSchema = z.union([z.literal("unassigned"), idSchema]);

export const followUpFiltersSchema = z.strictObject({
  status: z.enum(STATUS_FILTERS).default("open"),
  /** The team and its subtree; it must be within the caller's scope. */
  teamId: idSchema.optional(),
  owner: ownerFilterSchema.optional(),
  metric: z.enum(FOLLOW_UP_METRICS).optional(),
});
export type FollowUpFilters = z.infer<typeof followUpFiltersSchema>;

const intParam = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: "A whole number" })
    .int("A whole number")
    .min(min, `At least ${min}`)
    .max(max, `At most ${max}`)
    .default(fallback);

/** GET /api/v1/follow-ups: filters and offset pagination (oldest open first, then the most recently closed). */
export const listFollowUpsQuerySchema = followUpFiltersSchema.extend({
  limit: intParam(1, MAX_PAGE_SIZE, 50),
  offset: intParam(0, 1_000_000, 0),
});
export type ListFollowUpsQuery = z.infer<typeof listFollowUpsQuerySchema>;

/** The period whose closed cases the time figures describe (UTC days, inclusive). */
export const followUpPeriodSchema = z
  .strictObject({ from: daySchema, to: daySchema })
  .refine((p) => p.from <= p.to, { message: "The period must end on or after its start", path: ["to"] });

/**
 * PATCH /api/v1/follow-ups/{id}: any of owner, status and outcome. Closing needs an outcome in
 * the same request; reopening (CLOSED → OPEN or IN_PROGRESS) clears the close and keeps the old
 * outcome in a note (docs/decisions/015-follow-ups-and-kudos.md).
 */
export const updateFollowUpSchema = z
  .strictObject({
    /** A member whose scope includes the case's team; null unassigns. */
    ownerId: idSchema.nullable().optional(),
    status: z.enum(FOLLOW_UP_STATUSES).optional(),
    outcome: text(MAX_OUTCOME_LENGTH, "Outcome").optional(),
  })
  .refine((input) => input.ownerId !== undefined || input.status !== undefined || input.outcome !== undefined, {
    message: "Send at least one of ownerId, status and outcome",
  })
  .refine((input) => input.status !== "CLOSED" || input.outcome !== undefined, {
    message: "Closing a follow-up needs its outcome: what was done for the customer",
    path: ["outcome"],
  });
export type UpdateFollowUpInput = z.infer<typeof updateFollowUpSchema>;

export const addNoteSchema = z.strictObject({ body: text(MAX_NOTE_LENGTH, "Note") });
export type AddNoteInput = z.infer<typeof addNoteSchema>;

// Response shapes: the types the server returns and the OpenAPI document's schemas, from one source.
const instant = z.iso.datetime();

export const followUpSummarySchema = z.object({
  id: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  teamId: z.string(),
  teamName: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  metric: z.enum(FOLLOW_UP_METRICS),
  score: z.int().nullable(),
  comment: z.string().nullable(),
  outcome: z.string().nullable(),
  responseId: z.string(),
  surveyId: z.string(),
  surveyTitle: z.string(),
  createdAt: instant,
  firstActionAt: instant.nullable(),
  closedAt: instant.nullable(),
  /** firstActionAt − createdAt, in whole seconds; null until the first action. */
  timeToFirstActionSeconds: z.int().nullable(),
  /** closedAt − createdAt, in whole seconds; null while the case is not closed. */
  timeToCloseSeconds: z.int().nullable(),
});
export type FollowUpSummary = z.infer<typeof followUpSummarySchema>;

export const followUpListSchema = z.object({
  followUps: z.array(followUpSummarySchema),
  total: z.int(),
  limit: z.int(),
  offset: z.int(),
  /** The offset of the next page, or null on the last one. */
  nextOffset: z.int().nullable(),
});
export type FollowUpList = z.infer<typeof followUpListSchema>;

export const followUpNoteSchema = z.object({
  id: z.string(),
  body: z.string(),
  authorId: z.string().nullable(),
  /** null for a note written through the API, or by a member who has left. */
  authorName: z.string().nullable(),
  createdAt: instant,
});
export type FollowUpNoteDto = z.infer<typeof followUpNoteSchema>;

export const followUpDetailSchema = followUpSummarySchema.extend({
  /** Customers' own data, for those working the case: known only from a personal link. */
  respondentEmail: z.string().nullable(),
  submittedAt: instant.nullable(),
  answers: z.array(z.object({ questionId: z.string(), prompt: z.string(), value: z.string() })),
  notes: z.array(followUpNoteSchema),
});
export type FollowUpDetail = z.infer<typeof followUpDetailSchema>;
