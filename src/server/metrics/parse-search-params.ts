import type { z } from "zod";
import { AppError, type ErrorIssue } from "@/lib/errors";
import { toIssues } from "@/lib/validation";

/**
 * Parses a request's query string with a strict zod object, or throws one 400 that lists
 * every problem. A parameter given twice is refused rather than "first (or last) wins": two
 * values for `teamId` mean the caller is confused, and a silent pick would answer a question
 * they did not ask. Lives here until a second API needs it; then it belongs in server/api.
 */
export function parseSearchParams<T extends z.ZodType>(schema: T, url: string): z.output<T> {
  const values = new Map<string, string>();
  const issues: ErrorIssue[] = [];
  for (const [key, value] of new URL(url).searchParams) {
    if (values.has(key)) {
      if (!issues.some((issue) => issue.path[0] === key)) issues.push({ path: [key], message: "Give this parameter once" });
      continue;
    }
    values.set(key, value);
  }
  // fromEntries defines own properties, so a key like "__proto__" stays an ordinary
  // (and, for a strict schema, unknown) key.
  const result = schema.safeParse(Object.fromEntries(values));
  if (!result.success) issues.push(...toIssues(result.error));
  if (issues.length > 0 || !result.success) throw new AppError("validation_failed", "Invalid query parameters", issues);
  return result.data;
}
