/**
 * The batch body of POST /api/v1/responses. The schema checks everything that needs no
 * database and no clock; the server adds the survey's own scale, "not in the future" and
 * ownership of the ids (src/server/responses/check-items.ts).
 */
import { z } from "zod";
import { idSchema, noNul } from "./common";

export const MAX_BATCH_SIZE = 1000;
export const MAX_COMMENT_LENGTH = 5000;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
/** Earliest accepted submittedAt: catches typos such as year 0202 (and PostgreSQL has no year 0). */
export const EARLIEST_SUBMITTED_AT = new Date("2000-01-01T00:00:00Z");


const WHOLE_SCORE = "A whole number: 0 to 10 for NPS and eNPS, 1 to 5 for CSAT";

const submittedAtSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: "An ISO 8601 date-time with Z or an offset (2024-05-01T09:30:00Z), or a date (2024-05-01)",
  })
  // A plain date is that day's midnight UTC.
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value))
  .refine((date) => date.getTime() >= EARLIEST_SUBMITTED_AT.getTime(), "Must not be before 2000-01-01");

export const responseItemSchema = z.strictObject({
  surveyId: idSchema,
  teamId: idSchema,
  // The widest scale; the survey's own scale is checked on the server with isValidScore.
  score: z.number({ error: WHOLE_SCORE }).int(WHOLE_SCORE).min(0, WHOLE_SCORE).max(10, WHOLE_SCORE),
  comment: z
    .string({ error: "A string" })
    .trim()
    .max(MAX_COMMENT_LENGTH, `At most ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters`)
    .refine(noNul, "Must not contain U+0000")
    .transform((value) => value || null)
    .optional(),
  submittedAt: submittedAtSchema.optional(),
  // Opaque to us: not trimmed, compared exactly.
  idempotencyKey: z
    .string({ error: "A string" })
    .min(1, "At least 1 character")
    .max(MAX_IDEMPOTENCY_KEY_LENGTH, `At most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`)
    .optional(),
});
export type ResponseItemInput = z.infer<typeof responseItemSchema>;

export const ingestResponsesSchema = z.strictObject({
  responses: z
    .array(responseItemSchema, { error: "An array of responses" })
    .min(1, "Send at least 1 response")
    .max(MAX_BATCH_SIZE, `Send at most ${MAX_BATCH_SIZE} responses per request`),
});
export type IngestResponsesInput = z.infer<typeof ingestResponsesSchema>;

export const ingestResultSchema = z.object({
  /** Responses stored by this request; repeats of a stored idempotencyKey are not counted. */
  created: z.number().int(),
});
export type IngestResult = z.infer<typeof ingestResultSchema>;
