/**
 * Errors of a batch name the item: every issue's path is ["responses", index, field], and the
 * message names the first bad index ("Item 3: score: …"), so a caller fixing a 1000-item
 * import knows where to look without reading every issue.
 */
import { AppError, type ErrorCode, type ErrorIssue } from "@/lib/errors";
import { ingestResponsesSchema, type IngestResponsesInput } from "@/lib/schemas/response";
import { toIssues } from "@/lib/validation";

export type ItemField = "surveyId" | "teamId" | "score" | "comment" | "submittedAt" | "idempotencyKey";

export function itemIssue(index: number, field: ItemField, message: string): ErrorIssue {
  return { path: ["responses", index, field], message };
}

function itemIndex(issue: ErrorIssue): number | undefined {
  const [root, index] = issue.path;
  return root === "responses" && typeof index === "number" ? index : undefined;
}

/** Orders issues by item, then describes the first one as the error's message. */
export function itemError(code: ErrorCode, issues: ErrorIssue[]): AppError {
  const sorted = issues
    .map((issue, order) => ({ issue, order, index: itemIndex(issue) ?? -1 }))
    .sort((a, b) => a.index - b.index || a.order - b.order)
    .map((entry) => entry.issue);
  const first = sorted[0];
  if (!first) return new AppError(code, "Invalid input", sorted);
  const index = itemIndex(first);
  const message =
    index === undefined
      ? `${first.path.join(".") || "body"}: ${first.message}`
      : `Item ${index}: ${first.path.slice(2).join(".") || "item"}: ${first.message}`;
  return new AppError(code, message, sorted);
}

/** The body's shape, checked before anything touches the database. */
export function parseIngestBatch(body: unknown): IngestResponsesInput {
  const result = ingestResponsesSchema.safeParse(body);
  if (!result.success) throw itemError("validation_failed", toIssues(result.error));
  return result.data;
}
