/**
 * Reading a personal link: the token lookup (the only unscoped query, as for public links) and
 * everything /r/<token> needs to show, read inside the link's own organization.
 */
import type { AnswerableQuestion } from "@/lib/schemas/answer";
import type { Audience, Metric } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";
import { loadAnswerableQuestions } from "../answering/answerable-questions";
import { isWellFormedToken } from "../distributions/public-link-token";
import { linkState, type LinkState } from "./link-state";

/** The kinds that are single-use links for one person. */
export const PERSONAL_KINDS = ["PERSONAL_LINK", "EMAIL_SCORE_LINK"] as const;

export type PersonalLink = {
  id: string;
  orgId: string;
  surveyId: string;
  teamId: string;
  recipientEmail: string | null;
  usedAt: Date | null;
  expiresAt: Date | null;
};

/**
 * The visitor has only the token, so the organization comes from the row it finds; every later
 * read and write is scoped by that orgId and the team is the link's (shared/STYLE.md, habit 2).
 * Null for unknown or malformed tokens and for links that aren't personal (a team's public
 * link is answered at /s/<token>, never here).
 */
export async function unsafeFindPersonalLinkByToken(db: DbOrTx, token: string): Promise<PersonalLink | null> {
  if (!isWellFormedToken(token)) return null;
  const found = await db.distribution.findUnique({
    where: { token },
    select: { id: true, orgId: true, surveyId: true, teamId: true, kind: true, recipientEmail: true, usedAt: true, expiresAt: true },
  });
  if (!found || !found.teamId || !(PERSONAL_KINDS as readonly string[]).includes(found.kind)) return null;
  const { kind: _kind, teamId, ...rest } = found;
  return { ...rest, teamId };
}

export type PersonalSurvey = { id: string; title: string; description: string | null; audience: Audience; metric: Metric };
/** What was recorded through the link so far, as form values keyed by question id. */
export type RecordedAnswers = { responseId: string; score: number | null; values: Record<string, string | string[]> };

export type OpenPersonalLink = {
  link: PersonalLink;
  state: Extract<LinkState, "fresh" | "open">;
  survey: PersonalSurvey;
  teamName: string;
  questions: AnswerableQuestion[];
  headline: AnswerableQuestion | null;
  recorded: RecordedAnswers | null;
};

export type PersonalLinkView = { view: "not_found" } | { view: "answered" } | ({ view: "form" } & OpenPersonalLink);

type AnswerRow = { questionId: string; numberValue: number | null; textValue: string | null; choiceValues: string[] };

function formValue(answer: AnswerRow, question: AnswerableQuestion | undefined): string | string[] | null {
  if (!question) return null; // an answer to a question since archived: nothing to show it in
  if (question.type === "MULTIPLE_CHOICE") return answer.choiceValues;
  if (question.type === "SINGLE_CHOICE") return answer.choiceValues[0] ?? null;
  if (answer.numberValue !== null) return String(answer.numberValue);
  return answer.textValue;
}

export async function loadRecordedAnswers(db: DbOrTx, options: { orgId: string; distributionId: string; questions: readonly AnswerableQuestion[] }): Promise<RecordedAnswers | null> {
  const response = await db.response.findFirst({
    where: { orgId: options.orgId, distributionId: options.distributionId },
    orderBy: { submittedOn: "asc" },
    select: { id: true, score: true, answers: { select: { questionId: true, numberValue: true, textValue: true, choiceValues: true } } },
  });
  if (!response) return null;
  const byId = new Map(options.questions.map((q) => [q.id, q]));
  const values: Record<string, string | string[]> = {};
  for (const answer of response.answers) {
    const value = formValue(answer, byId.get(answer.questionId));
    if (value !== null) values[answer.questionId] = value;
  }
  return { responseId: response.id, score: response.score, values };
}

/**
 * The link, its survey (only while ACTIVE), team and questions, or why there is nothing to
 * answer. A spent link says "already answered" even once the survey has closed: the person did
 * answer. Unknown, expired and closed all look the same to the visitor.
 */
export async function loadOpenPersonalLink(db: DbOrTx, { token, now }: { token: string; now: Date }): Promise<PersonalLinkView> {
  const link = await unsafeFindPersonalLinkByToken(db, token);
  if (!link) return { view: "not_found" };
  const state = linkState(link, now);
  if (state === "spent") return { view: "answered" };
  if (state === "expired") return { view: "not_found" };
  const { orgId, surveyId, teamId } = link;
  const [survey, team] = await Promise.all([
    db.survey.findFirst({ where: { id: surveyId, orgId }, select: { id: true, title: true, description: true, audience: true, metric: true, status: true } }),
    db.team.findFirst({ where: { id: teamId, orgId }, select: { name: true } }),
  ]);
  if (!survey || !team || survey.status !== "ACTIVE") return { view: "not_found" };
  const questions = await loadAnswerableQuestions(db, { orgId, surveyId, metric: survey.metric });
  const recorded = state === "open" ? await loadRecordedAnswers(db, { orgId, distributionId: link.id, questions }) : null;
  const { status: _status, ...shown } = survey;
  return { view: "form", link, state, survey: shown, teamName: team.name, questions, headline: questions.find((q) => q.isHeadline) ?? null, recorded };
}
