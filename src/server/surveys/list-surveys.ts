import type { ListSurveysQuery, SurveyDto } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";
import { surveySelect, toSurveyDto } from "./survey-dto";

export type ListSurveysOptions = { orgId: string; filter?: ListSurveysQuery };

/** The organization's surveys, newest first (id breaks ties so the order is stable). */
export async function listSurveys(db: DbOrTx, { orgId, filter = {} }: ListSurveysOptions): Promise<SurveyDto[]> {
  const surveys = await db.survey.findMany({
    where: { orgId, ...(filter.audience ? { audience: filter.audience } : {}), ...(filter.metric ? { metric: filter.metric } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: surveySelect,
  });
  return surveys.map(toSurveyDto);
}
