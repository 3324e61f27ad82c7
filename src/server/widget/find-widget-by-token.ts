import type { Audience, Metric, SurveyStatus } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";
import type { TokenDistribution } from "../distributions/find-distribution-by-token";
import { isWellFormedToken } from "../distributions/public-link-token";

export type WidgetTarget = {
  distribution: TokenDistribution;
  survey: { status: SurveyStatus; audience: Audience; metric: Metric; allowedOrigins: string[] };
};

/**
 * The one unscoped lookup of the widget endpoints: a host page holds only the token, so the
 * organization comes from the distribution found, and everything after is read and written
 * inside it, with the team taken from the distribution, never from the page (shared/STYLE.md,
 * habit 2; docs/decisions/008-public-links-and-answering.md). Only WIDGET distributions with a
 * team count: a public link's token must not answer here, where other origins are allowed.
 */
export async function unsafeFindWidgetByToken(db: DbOrTx, token: string): Promise<WidgetTarget | null> {
  if (!isWellFormedToken(token)) return null;
  const found = await db.distribution.findUnique({
    where: { token },
    select: {
      id: true,
      orgId: true,
      surveyId: true,
      teamId: true,
      kind: true,
      survey: { select: { orgId: true, status: true, audience: true, metric: true, allowedOrigins: true } },
    },
  });
  if (!found || found.kind !== "WIDGET" || !found.teamId || found.survey.orgId !== found.orgId) return null;
  const { orgId: _orgId, ...survey } = found.survey;
  return { distribution: { id: found.id, orgId: found.orgId, surveyId: found.surveyId, teamId: found.teamId }, survey };
}
