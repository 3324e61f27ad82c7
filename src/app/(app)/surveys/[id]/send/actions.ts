"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import { memberAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { publicOrigin } from "@/server/distributions/public-url";
import type { BadLine } from "@/server/personal-links/parse-recipients";
import { listProblem, prepareSend, sendFormSchema } from "@/server/personal-links/prepare-send";
import { sendPersonalLinks } from "@/server/personal-links/send-personal-links";
import { enqueueInvitations } from "@/server/jobs/invitation-jobs";
import { runningJobs } from "@/server/jobs/start-jobs";

/** Enough bad lines to fix a list by; the count says how many more there are. */
const SHOWN_BAD_LINES = 100;

export type SendOutcome =
  | { kind: "preview"; recipients: number; duplicates: number; badLines: BadLine[]; badLineCount: number; problem: string | null }
  | { kind: "sent"; recipients: number; sent: number; failed: string[] }
  | { kind: "queued"; recipients: number };

const schema = sendFormSchema.extend({ intent: z.enum(["preview", "send"]) });

/** Issues as fields: "recipients.<line>" for each bad line, "defaultTeamId" for the team. */
function fieldErrorsOf(error: AppError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of (error.issues ?? []).slice(0, SHOWN_BAD_LINES)) out[issue.path.join(".")] ??= issue.message;
  return out;
}

/**
 * One action, two buttons: "Check the list" parses and counts; "Send" does it again for real
 * (the list may have changed since) and sends. Bad lines come back by line number either way.
 */
export const sendPersonalLinksAction = memberAction({ permission: "surveys:manage", schema }, async ({ intent, ...input }, member): Promise<ActionState<SendOutcome>> => {
  try {
    if (intent === "preview") {
      const { list } = await prepareSend(db, { orgId: member.orgId, input });
      const data: SendOutcome = {
        kind: "preview",
        recipients: list.recipients.length,
        duplicates: list.duplicates,
        badLines: list.badLines.slice(0, SHOWN_BAD_LINES),
        badLineCount: list.badLines.length,
        problem: listProblem(list),
      };
      return { ok: true, data };
    }
    const result = await sendPersonalLinks(db, { orgId: member.orgId, actor: { userId: member.userId }, input, origin: publicOrigin(await headers()) });
    if (result.delivery.mode === "background") {
      const { deliver, job } = result.delivery;
      // Through the job queue, so a restart mid-send loses nothing; where the queue isn't
      // running (it failed to start), after the response in this process.
      const jobs = await runningJobs();
      if (jobs) await enqueueInvitations(jobs.boss, job);
      else after(() => deliver().catch((error: unknown) => console.error("Sending personal links failed", error)));
      return { ok: true, message: `${result.recipients.toLocaleString("en")} emails are being sent.`, data: { kind: "queued", recipients: result.recipients } };
    }
    const { sent, failed } = result.delivery.report;
    const message = failed.length === 0 ? `Sent ${sent.toLocaleString("en")} ${sent === 1 ? "email" : "emails"}.` : `Sent ${sent.toLocaleString("en")} of ${result.recipients.toLocaleString("en")} emails.`;
    return { ok: true, message, data: { kind: "sent", recipients: result.recipients, sent, failed } };
  } catch (error) {
    if (error instanceof AppError && error.issues?.length) return { ok: false, message: error.message, fieldErrors: fieldErrorsOf(error) };
    throw error;
  }
});
