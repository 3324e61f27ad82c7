import { z } from "zod";

export const nameSchema = z.string().trim().min(1, "Required").max(200, "At most 200 characters");
export const idSchema = z.string().trim().min(1).max(64);
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")).pipe(z.string().max(254));
export const passwordSchema = z
  .string()
  .min(10, "At least 10 characters")
  .max(200, "At most 200 characters");
