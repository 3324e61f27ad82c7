/**
 * Sending a survey to a list of people: one PERSONAL_LINK distribution per unique address,
 * written with its audit entry in one transaction, then one invitation email each. A list with
 * any bad line is refused whole, before anything is written or sent, so fixing it and sending
 * again can't reach anyone twice.
 *
 * Small lists are sent within the request and reported; larger ones are written first and
 * handed back for the job queue (or, where no queue runs, a `deliver` function to run after
 * responding)
 * (docs/decisions/009-personal-links-and-email.md).
 */
import { AppError } from "@/lib/errors";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { assertMailConfigured } from "../email/send-mail";
import type { InvitationJob } from "../jobs/invitation-jobs";
import { deliverInvitations, type DeliveryReport, type InvitationContent } from "./deliver-invitations";
import { newPersonalLinkToken, PERSONAL_LINK_LIFETIME_MS } from "./link-state";
import { listProblem, prepareSend, type SendFormInput } from "./prepare-send";

/** Up to this many emails are sent while the sender waits (a few seconds through a pool of 5). */
export const IN_REQUEST_LIMIT = 200;

export type SendPersonalLinksOptions = {
  orgId: string;
  actor: AuditActor;
  input: SendFormInput;
  /** The public address the links point at (src/server/distributions/public-url.ts). */
  origin: string;
  now?: Date;
};

export type SendPersonalLinksResult = {
  recipients: number;
  duplicates: number;
  delivery:
    | { mode: "sent"; report: DeliveryReport }
    // `job` for the queue (src/server/jobs/invitation-jobs.ts); `deliver` where no queue runs.
    | { mode: "background"; deliver: () => Promise<DeliveryReport>; job: InvitationJob };
};

export async function sendPersonalLinks(db: Db, options: SendPersonalLinksOptions): Promise<SendPersonalLinksResult> {
  const { orgId, actor, input, origin, now = new Date() } = options;
  // Before anything is written: links nobody can receive would only confuse the response rate.
  assertMailConfigured();
  const { list, content } = await prepareSend(db, { orgId, input });
  const problem = listProblem(list);
  if (problem) {
    throw new AppError("validation_failed", problem, list.badLines.map((b) => ({ path: ["recipients", b.line], message: b.message })));
  }

  const expiresAt = new Date(now.getTime() + PERSONAL_LINK_LIFETIME_MS);
  const invitations = list.recipients.map((r) => ({ email: r.email, teamId: r.teamId, token: newPersonalLinkToken() }));
  await db.$transaction(async (tx) => {
    await tx.distribution.createMany({
      data: invitations.map((i) => ({ orgId, surveyId: input.surveyId, teamId: i.teamId, kind: "PERSONAL_LINK" as const, token: i.token, recipientEmail: i.email, expiresAt })),
    });
    // Counts only: the addresses are on the distributions, and an audit log is no place to copy them.
    await recordAudit(tx, {
      orgId,
      actor,
      action: "survey.personal_links.create",
      targetType: "Survey",
      targetId: input.surveyId,
      metadata: { recipients: invitations.length, duplicates: list.duplicates, defaultTeamId: input.defaultTeamId },
    });
  });

  const fullContent: InvitationContent = { ...content, origin, expiresAt };
  const deliver = async (): Promise<DeliveryReport> => {
    const report = await deliverInvitations({ invitations, content: fullContent });
    await recordAudit(db, {
      orgId,
      actor,
      action: "survey.personal_links.deliver",
      targetType: "Survey",
      targetId: input.surveyId,
      metadata: { sent: report.sent, failed: report.failed.length },
    });
    return report;
  };
  const summary = { recipients: invitations.length, duplicates: list.duplicates };
  if (invitations.length <= IN_REQUEST_LIMIT) return { ...summary, delivery: { mode: "sent", report: await deliver() } };
  const job: InvitationJob = { orgId, surveyId: input.surveyId, actor, invitations: invitations.map(({ email, token }) => ({ email, token })), content: fullContent };
  return { ...summary, delivery: { mode: "background", deliver, job } };
}
