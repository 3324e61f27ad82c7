/**
 * Turns a shape-checked batch into the rows to insert, after the checks that need the
 * database or the clock. Any bad item fails the whole batch before a transaction opens.
 */
import { randomUUID } from "node:crypto";
import { isValidScore, SCALES } from "@/core";
import type { ErrorIssue } from "@/lib/errors";
import type { ResponseItemInput } from "@/lib/schemas/response";
import { digestIdempotencyKey } from "./idempotency-key";
import type { IngestTargets } from "./load-ingest-targets";
import { itemError, itemIssue } from "./item-errors";
import type { NewResponse } from "./insert-responses";

export type PrepareResponsesOptions = { items: ResponseItemInput[]; targets: IngestTargets; now: Date };

export const utcDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Unknown ids answer 404 before scale errors are reported: a score off the scale is most
 * often the symptom of a wrong survey id (a CSAT survey's id where the NPS one was meant).
 * Unknown and foreign ids get the same words, so the answer reveals nothing about other
 * organizations.
 */
export function prepareResponses({ items, targets, now }: PrepareResponsesOptions): NewResponse[] {
  const missing: ErrorIssue[] = [];
  items.forEach((item, i) => {
    if (!targets.surveys.has(item.surveyId)) missing.push(itemIssue(i, "surveyId", "Survey not found"));
    if (!targets.teamIds.has(item.teamId)) missing.push(itemIssue(i, "teamId", "Team not found"));
  });
  if (missing.length > 0) throw itemError("not_found", missing);

  const invalid: ErrorIssue[] = [];
  const rows: NewResponse[] = [];
  items.forEach((item, i) => {
    const survey = targets.surveys.get(item.surveyId);
    if (!survey) return; // reported above
    const { min, max } = SCALES[survey.metric];
    if (!isValidScore(survey.metric, item.score)) {
      invalid.push(itemIssue(i, "score", `${item.score} is not on this ${survey.metric} survey's scale (${min} to ${max})`));
    }
    if (item.submittedAt && item.submittedAt.getTime() > now.getTime()) {
      invalid.push(itemIssue(i, "submittedAt", "Must not be in the future"));
    }
    const questionId = survey.headlineQuestionId;
    if (!questionId) invalid.push(itemIssue(i, "surveyId", "This survey has no headline question to answer"));
    if (invalid.length > 0 || !questionId) return;
    const instant = item.submittedAt ?? now;
    // Employee answers keep the day only and no identity (shared/DESIGN.md, "Anonymity").
    const employee = survey.audience === "EMPLOYEE";
    rows.push({
      id: randomUUID(),
      surveyId: item.surveyId,
      teamId: item.teamId,
      questionId,
      score: item.score,
      comment: item.comment ?? null,
      submittedAt: employee ? null : instant,
      submittedOn: utcDay(instant),
      idempotencyKey: item.idempotencyKey === undefined ? null : digestIdempotencyKey(item.idempotencyKey),
    });
  });
  if (invalid.length > 0) throw itemError("validation_failed", invalid);
  return rows;
}

/**
 * A key repeated within the batch stores its first occurrence only, as a key already stored
 * would. Returned in key order: concurrent batches then take the unique index's locks in the
 * same order, so overlapping batches wait for each other instead of deadlocking.
 */
export function dropRepeatedKeys(rows: NewResponse[]): NewResponse[] {
  const firstByKey = new Map<string, NewResponse>();
  const unkeyed: NewResponse[] = [];
  for (const row of rows) {
    if (row.idempotencyKey === null) unkeyed.push(row);
    else if (!firstByKey.has(row.idempotencyKey)) firstByKey.set(row.idempotencyKey, row);
  }
  const keyed = [...firstByKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  return [...keyed, ...unkeyed];
}
