import { notFound } from "@/lib/errors";
import type { SurveyStatus } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";
import { ANSWERABLE_KINDS } from "./find-distribution-by-token";

export type Poster = { distributionId: string; token: string; surveyId: string; surveyTitle: string; surveyStatus: SurveyStatus; teamName: string };
export type GetPosterOptions = { orgId: string; distributionId: string };

/** What a team's QR poster prints. Another organization's distribution is "not found", as is a personal link. */
export async function getPoster(db: DbOrTx, { orgId, distributionId }: GetPosterOptions): Promise<Poster> {
  const d = await db.distribution.findFirst({
    where: { id: distributionId, orgId, kind: { in: [...ANSWERABLE_KINDS] } },
    select: { id: true, token: true, survey: { select: { id: true, title: true, status: true } }, team: { select: { name: true } } },
  });
  if (!d || !d.team) throw notFound("Poster");
  return { distributionId: d.id, token: d.token, surveyId: d.survey.id, surveyTitle: d.survey.title, surveyStatus: d.survey.status, teamName: d.team.name };
}
