/**
 * Large personal-link sends go through the job queue: the links are written first (in the
 * request), then the emails are sent by whichever instance picks up each job. A restart
 * mid-send loses nothing: unfinished jobs are picked up again, and pg-boss retries failures.
 * Jobs carry at most CHUNK invitations each, so one slow batch doesn't hold the rest back.
 */
import type PgBoss from "pg-boss";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { deliverInvitations, type Invitation, type InvitationContent } from "../personal-links/deliver-invitations";
import type { JobLogger } from "./logger";

export const INVITATION_QUEUE = "personal-links.deliver";
const CHUNK = 200;
// A retried job sends its whole chunk again; a failed send is far rarer than a refused mailbox
// (which deliverInvitations reports, not throws), so two attempts at most.
const QUEUE_OPTIONS = { name: INVITATION_QUEUE, policy: "standard", expireInSeconds: 600, retryLimit: 1, retryDelay: 60, retentionMinutes: 24 * 60 } as const;

export type InvitationJob = { orgId: string; surveyId: string; actor: AuditActor; invitations: Invitation[]; content: InvitationContent };
type StoredJob = Omit<InvitationJob, "content"> & { content: Omit<InvitationContent, "expiresAt"> & { expiresAt: string } };

export async function registerInvitationJobs({ boss, db, logger }: { boss: PgBoss; db: Db; logger: JobLogger }): Promise<void> {
  await boss.createQueue(INVITATION_QUEUE, QUEUE_OPTIONS);
  await boss.work<StoredJob>(INVITATION_QUEUE, { pollingIntervalSeconds: 5 }, async ([job]) => {
    if (!job) return;
    const { orgId, surveyId, actor, invitations, content } = job.data;
    const report = await deliverInvitations({ invitations, content: { ...content, expiresAt: new Date(content.expiresAt) } });
    await recordAudit(db, { orgId, actor, action: "survey.personal_links.deliver", targetType: "Survey", targetId: surveyId, metadata: { sent: report.sent, failed: report.failed.length } });
    if (report.failed.length) logger.info(`personal links: ${report.failed.length} of ${invitations.length} emails refused`);
    return report;
  });
}

/** Puts the invitations on the queue in chunks; returns how many jobs were created. */
export async function enqueueInvitations(boss: PgBoss, job: InvitationJob): Promise<number> {
  const stored = { ...job, content: { ...job.content, expiresAt: job.content.expiresAt.toISOString() } };
  let jobs = 0;
  for (let i = 0; i < job.invitations.length; i += CHUNK) {
    await boss.send(INVITATION_QUEUE, { ...stored, invitations: job.invitations.slice(i, i + CHUNK) });
    jobs++;
  }
  return jobs;
}
