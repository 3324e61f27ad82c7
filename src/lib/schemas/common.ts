import { z } from "zod";

// PostgreSQL can't store U+0000 in text: refuse it at input rather than fail at the database.
export const noNul = (value: string) => !value.includes("\u0000");
export const NO_NUL_MESSAGE = "Must not contain the NUL character (U+0000)";

export const nameSchema = z.string().trim().min(1, "Required").max(200, "At most 200 characters").refine(noNul, NO_NUL_MESSAGE);
// Ids are cuids or uuids; anything else (a NUL byte, a path) can't be one of ours.
export const idSchema = z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid id");
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")).pipe(z.string().max(254));
export const passwordSchema = z
  .string()
  .min(10, "At least 10 characters")
  .max(200, "At most 200 characters");
