import type { z } from "zod";
import { AppError, type ErrorIssue } from "./errors";

export function toIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
}

/** Parses or throws a 400 AppError that lists every problem with its path. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, message = "Invalid input"): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("validation_failed", message, toIssues(result.error));
  return result.data;
}
