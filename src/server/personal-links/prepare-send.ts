/**
 * What a send needs before anything is written: the survey (active, for customers, of the
 * caller's organization), its headline question, the organization's teams and the parsed
 * recipient list. The preview and the send run exactly this, so the preview can't promise
 * what the send would refuse.
 */
import { z } from "zod";
import { AppError, notFound } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import type { Db } from "../prisma-client";
import { loadAnswerableQuestions } from "../answering/answerable-questions";
import { listTeams } from "../teams/teams";
import type { InvitationContent } from "./deliver-invitations";
import { MAX_RECIPIENTS, parseRecipients, type RecipientList } from "./parse-recipients";

/** Bounded by the server-action body limit (1 MB) anyway; this makes the refusal readable. */
export const MAX_LIST_CHARACTERS = 1_000_000;

/** The send form's fields, shared by the preview and the send (shared/STYLE.md, habit 4). */
export const sendFormSchema = z.object({
  surveyId: idSchema,
  recipients: z.string().max(MAX_LIST_CHARACTERS, `At most ${MAX_LIST_CHARACTERS.toLocaleString("en")} characters: split the list`),
  defaultTeamId: idSchema.or(z.literal("")),
});
export type SendFormInput = z.output<typeof sendFormSchema>;

export type PreparedSend = {
  list: RecipientList;
  content: Omit<InvitationContent, "origin" | "expiresAt">;
};

export type PrepareSendOptions = { orgId: string; input: SendFormInput };

export const NOT_ACTIVE_MESSAGE = "Only an active survey can be sent: activate it first.";
export const EMPLOYEE_MESSAGE = "Employee pulses reach employees through their inbox in Tandem, not through email links.";

export async function prepareSend(db: Db, { orgId, input }: PrepareSendOptions): Promise<PreparedSend> {
  const [survey, org, teams] = await Promise.all([
    db.survey.findFirst({ where: { id: input.surveyId, orgId }, select: { id: true, title: true, audience: true, metric: true, status: true } }),
    db.organization.findUnique({ where: { id: orgId }, select: { name: true } }),
    listTeams(db, { orgId }),
  ]);
  // Another organization's survey is "not found", exactly like a missing one.
  if (!survey || !org) throw notFound("Survey");
  if (survey.audience !== "CUSTOMER") throw new AppError("conflict", EMPLOYEE_MESSAGE);
  if (survey.status !== "ACTIVE") throw new AppError("conflict", NOT_ACTIVE_MESSAGE);
  if (!teams.some((t) => t.id === input.defaultTeamId)) {
    // A team of another organization is indistinguishable from none.
    throw new AppError("validation_failed", "Choose the team the responses count for", [{ path: ["defaultTeamId"], message: "Choose a team" }]);
  }
  const questions = await loadAnswerableQuestions(db, { orgId, surveyId: survey.id, metric: survey.metric });
  const headline = questions.find((q) => q.isHeadline) ?? null;
  const list = parseRecipients({ text: input.recipients, teams, defaultTeamId: input.defaultTeamId });
  return {
    list,
    content: {
      orgName: org.name,
      surveyTitle: survey.title,
      metric: survey.metric,
      headlinePrompt: headline?.prompt ?? null,
      scale: headline?.scale ?? null,
    },
  };
}

/** Why a list can't be sent as it stands, or null when it can. */
export function listProblem(list: RecipientList): string | null {
  if (list.badLines.length > 0) {
    const n = list.badLines.length;
    return `${n} ${n === 1 ? "line needs" : "lines need"} fixing; nothing was sent.`;
  }
  if (list.recipients.length === 0) return "Add at least one email address.";
  if (list.recipients.length > MAX_RECIPIENTS) {
    return `At most ${MAX_RECIPIENTS.toLocaleString("en")} recipients per send (this list has ${list.recipients.length.toLocaleString("en")}): split it.`;
  }
  return null;
}
