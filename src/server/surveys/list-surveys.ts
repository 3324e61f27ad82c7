import type { ListSurveysQuery, SurveyDto, SurveySummary } from "@/lib/schemas/survey";
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

export type ListSurveySummariesOptions = { orgId: string };

/** The surveys page: every survey of the organization with its number of responses. */
export async function listSurveySummaries(db: DbOrTx, { orgId }: ListSurveySummariesOptions): Promise<SurveySummary[]> {
  const surveys = await db.survey.findMany({
    where: { orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, audience: true, metric: true, status: true, createdAt: true, _count: { select: { responses: true } } },
  });
  return surveys.map(({ _count, createdAt, ...s }) => ({ ...s, createdAt: createdAt.toISOString(), responseCount: _count.responses }));
}
