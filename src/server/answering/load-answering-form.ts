import type { AnswerableQuestion } from "@/lib/schemas/answer";
import type { Audience, Metric } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";
import { unsafeFindDistributionByToken, type TokenDistribution } from "../distributions/find-distribution-by-token";
import { loadAnswerableQuestions } from "./answerable-questions";

export type OpenSurvey = {
  distribution: TokenDistribution;
  survey: { id: string; title: string; description: string | null; audience: Audience; metric: Metric };
  teamName: string;
  questions: AnswerableQuestion[];
};

export type AnsweringForm = { state: "not_found" } | { state: "closed" } | ({ state: "open" } & OpenSurvey);

/**
 * What /s/<token> shows, and what a submission is checked against. The token is the only
 * unscoped lookup; the survey, team and questions are then read inside the distribution's
 * organization. A survey that is not ACTIVE (a draft, or closed) takes no answers.
 */
export async function loadAnsweringForm(db: DbOrTx, { token }: { token: string }): Promise<AnsweringForm> {
  const distribution = await unsafeFindDistributionByToken(db, token);
  if (!distribution) return { state: "not_found" };
  const { orgId, surveyId, teamId } = distribution;
  const [survey, team] = await Promise.all([
    db.survey.findFirst({ where: { id: surveyId, orgId }, select: { id: true, title: true, description: true, audience: true, metric: true, status: true } }),
    db.team.findFirst({ where: { id: teamId, orgId }, select: { name: true } }),
  ]);
  if (!survey || !team) return { state: "not_found" };
  if (survey.status !== "ACTIVE") return { state: "closed" };
  const questions = await loadAnswerableQuestions(db, { orgId, surveyId, metric: survey.metric });
  const { status: _status, ...shown } = survey;
  return { state: "open", distribution, survey: shown, teamName: team.name, questions };
}
