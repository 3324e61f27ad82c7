/**
 * Factories for follow-ups and kudos: customer surveys with a comment question, and responses
 * written through the real write paths (so their follow-ups open exactly as in production).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { submitAnswers } from "@/server/answering/submit-answers";
import { db } from "@/server/db";
import { getOrCreatePublicLink } from "@/server/distributions/get-or-create-public-link";
import { insertResponses } from "@/server/responses/insert-responses";
import { addToDailyRollups } from "@/server/responses/update-rollups";
import { makeSurvey } from "./index";

export type CommentSurvey = { surveyId: string; headlineId: string; commentId: string; metric: "NPS" | "CSAT" | "ENPS" };

/** A survey whose headline is followed by an open-text question: the comment. */
export async function makeCommentSurvey(orgId: string, metric: "NPS" | "CSAT" | "ENPS" = "NPS"): Promise<CommentSurvey> {
  const survey = await makeSurvey(orgId, { metric });
  const headline = survey.questions.find((q) => q.isHeadline);
  if (!headline) throw new Error("makeSurvey made no headline question");
  const comment = await db.question.create({
    data: { orgId, surveyId: survey.id, position: 1, type: "OPEN_TEXT", prompt: "What is the main reason for your score?" },
    select: { id: true },
  });
  return { surveyId: survey.id, headlineId: headline.id, commentId: comment.id, metric };
}

const address = () => `198.51.100.${randomBytes(1).readUInt8()}-${randomBytes(4).toString("hex")}`;

/** A visitor's answer through the survey's public link for the team (the answering page's server function). */
export async function answerPublicLink(orgId: string, survey: CommentSurvey, options: { teamId: string; score: number; comment?: string; now?: Date }) {
  const link = await getOrCreatePublicLink(db, { orgId, surveyId: survey.surveyId, teamId: options.teamId });
  const answers: Record<string, unknown> = { [survey.headlineId]: options.score };
  if (options.comment !== undefined) answers[survey.commentId] = options.comment;
  const result = await submitAnswers(db, { token: link.token, answers, address: address(), alreadyAnswered: false, now: options.now ?? new Date() });
  if (result.outcome !== "stored") throw new Error("the answer was not stored");
  return result.responseId;
}

/**
 * A customer response written by the batch path (insertResponses + rollups, as the API does),
 * and its follow-up if the rule opened one.
 */
export async function makeCustomerResponse(
  orgId: string,
  survey: CommentSurvey,
  options: { teamId: string; score: number; comment?: string | null; submittedAt?: Date },
) {
  const id = randomUUID();
  const submittedAt = options.submittedAt ?? new Date();
  await db.$transaction(async (tx) => {
    const stored = await insertResponses(tx, {
      orgId,
      responses: [
        {
          id,
          surveyId: survey.surveyId,
          teamId: options.teamId,
          questionId: survey.headlineId,
          score: options.score,
          comment: options.comment ?? null,
          submittedAt: survey.metric === "ENPS" ? null : submittedAt,
          submittedOn: submittedAt.toISOString().slice(0, 10),
          idempotencyKey: null,
        },
      ],
    });
    await addToDailyRollups(tx, { orgId, entries: stored.map((r) => ({ surveyId: r.surveyId, teamId: r.teamId, day: r.submittedOn, score: r.score })) });
  });
  const followUp = await db.followUp.findUnique({ where: { responseId: id }, select: { id: true } });
  return { responseId: id, followUpId: followUp?.id ?? null };
}

/** A detractor's case, opened by the rule. */
export async function makeFollowUp(orgId: string, survey: CommentSurvey, options: { teamId: string; score?: number; comment?: string; submittedAt?: Date }) {
  const made = await makeCustomerResponse(orgId, survey, { score: survey.metric === "CSAT" ? 1 : 2, comment: "The queue was far too long.", ...options });
  if (!made.followUpId) throw new Error("no follow-up opened");
  return { responseId: made.responseId, followUpId: made.followUpId };
}
