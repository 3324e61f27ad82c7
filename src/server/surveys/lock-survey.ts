import { notFound } from "@/lib/errors";
import type { Metric, SurveyStatus } from "@/lib/schemas/survey";
import type { Tx } from "../prisma-client";

export type LockedSurvey = { id: string; metric: Metric; status: SurveyStatus };
export type LockSurveyOptions = { orgId: string; surveyId: string };

/**
 * Reads the survey and holds its row lock until the transaction ends, so two edits or status
 * changes of one survey run one after the other instead of deciding on the same stale state.
 */
export async function lockSurvey(tx: Tx, { orgId, surveyId }: LockSurveyOptions): Promise<LockedSurvey> {
  const rows = await tx.$queryRaw<LockedSurvey[]>`
    SELECT "id", "metric"::text AS "metric", "status"::text AS "status"
    FROM "Survey" WHERE "id" = ${surveyId} AND "orgId" = ${orgId}
    FOR UPDATE`;
  const survey = rows[0];
  // Another organization's survey is "not found", exactly like a missing one.
  if (!survey) throw notFound("Survey");
  return survey;
}
