/** Passing a promoter's comment to its team as kudos: the form's and the server's one schema. */
import { z } from "zod";
import { idSchema, noNul, NO_NUL_MESSAGE } from "./common";

export const MAX_KUDOS_MESSAGE_LENGTH = 500;

export const sendKudosSchema = z.strictObject({
  responseId: idSchema,
  /** The sender's own words to the team; optional (stored as ""). */
  message: z
    .string()
    .trim()
    .max(MAX_KUDOS_MESSAGE_LENGTH, `At most ${MAX_KUDOS_MESSAGE_LENGTH} characters`)
    .refine(noNul, NO_NUL_MESSAGE)
    .optional()
    .transform((v) => v ?? ""),
});
export type SendKudosInput = z.infer<typeof sendKudosSchema>;
