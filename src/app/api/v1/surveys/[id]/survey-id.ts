import { notFound } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";

export type SurveyParams = { id: string };

/** The survey id of a /api/v1/surveys/{id}… path; one that can't be an id is simply not found. */
export function surveyIdParam(params: SurveyParams): string {
  const parsed = idSchema.safeParse(params.id);
  // PostgreSQL can't compare a string holding U+0000, and no id holds one.
  if (!parsed.success || parsed.data.includes("\u0000")) throw notFound("Survey");
  return parsed.data;
}
