/**
 * Frontline ideas: submission, the board's query, votes and comments, the status workflow,
 * merging, and the CX committee's settings. One schema for the forms and the API
 * (shared/STYLE.md, habit 4); the response shapes below are also the OpenAPI document's.
 */
import { z } from "zod";
import { COMMITTEE_PERIODS, MAX_STALL_DAYS, MIN_STALL_DAYS } from "@/core/ideas/periods";
import { IDEA_STATUSES } from "@/core/ideas/transitions";
import { idSchema, NO_NUL_MESSAGE, noNul } from "./common";

export { IDEA_STATUSES };
export const IDEA_PROMPTS = ["EASIER_LIVES", "MAGIC_WAND", "FREE"] as const;
export type IdeaPromptValue = (typeof IDEA_PROMPTS)[number];

/** The questions frontline staff are asked (shared/DESIGN.md, "Who uses it"). */
export const IDEA_PROMPT_TEXT: Record<IdeaPromptValue, string> = {
  EASIER_LIVES: "Based on your role, how can we make our customers' lives easier?",
  MAGIC_WAND: "If you had a magic wand, what would you do to improve the experience for our customers?",
  FREE: "Something else",
};

export const IDEA_STATUS_LABELS: Record<(typeof IDEA_STATUSES)[number], string> = {
  NEW: "New",
  UNDER_REVIEW: "Under review",
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  DECLINED: "Declined",
};

export const IDEA_SORTS = ["votes", "newest", "trending"] as const;
export type IdeaSort = (typeof IDEA_SORTS)[number];

const text = (min: number, max: number, required = "Required") =>
  z
    .string()
    .trim()
    .min(min, required)
    .max(max, `At most ${max.toLocaleString("en")} characters`)
    .refine(noNul, NO_NUL_MESSAGE);

export const ideaTitleSchema = text(3, 160, "Give your idea a short title (at least 3 characters)");
export const ideaBodySchema = text(1, 5000, "Say a little more about your idea");
export const statusNoteSchema = text(1, 2000, "Write a note: the author and voters will read it");
export const commentBodySchema = text(1, 2000, "Write a comment");

const optionalId = idSchema.nullish().transform((v) => v ?? null);

/** What anyone submits; the server fills in the author, or leaves it out when anonymous. */
export const createIdeaSchema = z.strictObject({
  title: ideaTitleSchema,
  body: ideaBodySchema,
  prompt: z.enum(IDEA_PROMPTS).default("FREE"),
  stageId: optionalId,
  teamId: optionalId,
  anonymous: z.boolean().default(false),
});
export type CreateIdeaInput = z.infer<typeof createIdeaSchema>;

/** POST /api/v1/ideas: an integration has no member behind it, so the idea has no author. */
export const apiCreateIdeaSchema = createIdeaSchema.omit({ anonymous: true });

export const changeIdeaStatusSchema = z.strictObject({
  status: z.enum(IDEA_STATUSES),
  note: statusNoteSchema,
});
export type ChangeIdeaStatusInput = z.infer<typeof changeIdeaStatusSchema>;

export const addIdeaCommentSchema = z.strictObject({ body: commentBodySchema });

export const mergeIdeaSchema = z.strictObject({ intoId: idSchema });

export const ideaStallDaysSchema = z.strictObject({ ideaStallDays: z.coerce.number().int("Whole days").min(MIN_STALL_DAYS, `At least ${MIN_STALL_DAYS}`).max(MAX_STALL_DAYS, `At most ${MAX_STALL_DAYS}`) });

export const callForIdeasSchema = z.strictObject({ message: text(1, 1000, "Write the message") });

export const committeePeriodSchema = z.enum(COMMITTEE_PERIODS).catch("month");

export const IDEA_PAGE_SIZE = 20;

/**
 * The board's query, in the URL and in GET /api/v1/ideas. `teamId` takes the team's subtree
 * (a region shows its stores' ideas).
 */
export const ideaBoardQuerySchema = z.strictObject({
  q: z.string().trim().max(200, "At most 200 characters").refine(noNul, NO_NUL_MESSAGE).optional(),
  status: z.enum(IDEA_STATUSES).optional(),
  teamId: idSchema.optional(),
  stageId: idSchema.optional(),
  prompt: z.enum(IDEA_PROMPTS).optional(),
  sort: z.enum(IDEA_SORTS).default("votes"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(IDEA_PAGE_SIZE),
});
export type IdeaBoardQuery = z.infer<typeof ideaBoardQuerySchema>;

// Response shapes.
export const ideaListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  excerpt: z.string(),
  status: z.enum(IDEA_STATUSES),
  prompt: z.enum(IDEA_PROMPTS),
  /** Null when the author chose to stay anonymous (or the idea came through the API). */
  authorName: z.string().nullable(),
  anonymous: z.boolean(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  stageId: z.string().nullable(),
  stageName: z.string().nullable(),
  voteCount: z.int(),
  commentCount: z.int(),
  /** The trending score (docs/decisions/014-ideas-and-committee.md) when sorting by trending. */
  trendingScore: z.number().nullable(),
  statusChangedAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
export type IdeaListItem = z.infer<typeof ideaListItemSchema>;

export const ideaListSchema = z.object({
  ideas: z.array(ideaListItemSchema),
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
});
export type IdeaList = z.infer<typeof ideaListSchema>;

export const ideaStatusChangeDtoSchema = z.object({
  id: z.string(),
  fromStatus: z.enum(IDEA_STATUSES).nullable(),
  toStatus: z.enum(IDEA_STATUSES),
  note: z.string(),
  /** Who made the change; null when made through the API. */
  changedByName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type IdeaStatusChangeDto = z.infer<typeof ideaStatusChangeDtoSchema>;

export const ideaCommentDtoSchema = z.object({ id: z.string(), authorName: z.string(), body: z.string(), createdAt: z.iso.datetime() });
export type IdeaCommentDto = z.infer<typeof ideaCommentDtoSchema>;

const ideaRefSchema = z.object({ id: z.string(), title: z.string() });

export const ideaDetailSchema = ideaListItemSchema.omit({ trendingScore: true, excerpt: true }).extend({
  body: z.string(),
  /** Set when this idea was merged into another: votes and followers live there now. */
  mergedInto: ideaRefSchema.extend({ status: z.enum(IDEA_STATUSES) }).nullable(),
  mergedFrom: z.array(ideaRefSchema),
  history: z.array(ideaStatusChangeDtoSchema),
  comments: z.array(ideaCommentDtoSchema),
});
export type IdeaDetail = z.infer<typeof ideaDetailSchema>;
