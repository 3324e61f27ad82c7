/**
 * Working a case: assigning an owner, moving its status, closing it with an outcome, and notes.
 * The first of these actions sets firstActionAt, which is never overwritten; closing sets
 * closedAt; reopening clears the close and keeps the earlier outcome in a note
 * (docs/decisions/015-follow-ups-and-kudos.md). Each change is one transaction that holds the
 * case's row lock, so two people closing at once can't interleave.
 */
import { AppError } from "@/lib/errors";
import type { AddNoteInput, FollowUpDetail, UpdateFollowUpInput } from "@/lib/schemas/follow-up";
import type { Db, Tx } from "../prisma-client";
import { recordAudit } from "../audit/record-audit";
import { auditActorOf, isMemberActor, type FollowUpActor } from "./follow-up-scope";
import { findFollowUpInScope, getFollowUp } from "./get-follow-up";
import { listOwnerCandidates } from "./owner-candidates";
import { NOTIFICATION_EXCERPT_CHARS } from "./open-follow-ups";

export type UpdateFollowUpOptions = { orgId: string; actor: FollowUpActor; followUpId: string; input: UpdateFollowUpInput; now?: Date };

const invalid = (field: string, message: string) => new AppError("validation_failed", message, [{ path: [field], message }]);

async function lockCase(tx: Tx, { orgId, followUpId }: { orgId: string; followUpId: string }) {
  await tx.$queryRaw`SELECT 1 FROM "FollowUp" WHERE "id" = ${followUpId} AND "orgId" = ${orgId} FOR UPDATE`;
}

/** firstActionAt is set once, by whichever action comes first, and never moves afterwards. */
async function markFirstAction(tx: Tx, { orgId, followUpId, now }: { orgId: string; followUpId: string; now: Date }) {
  await tx.followUp.updateMany({ where: { id: followUpId, orgId, firstActionAt: null }, data: { firstActionAt: now } });
}

export async function updateFollowUp(db: Db, { orgId, actor, followUpId, input, now = new Date() }: UpdateFollowUpOptions): Promise<FollowUpDetail> {
  const scope = await db.$transaction(async (tx) => {
    await lockCase(tx, { orgId, followUpId });
    const { row, scope } = await findFollowUpInScope(tx, { orgId, actor, followUpId });
    const data: { ownerId?: string | null; status?: UpdateFollowUpInput["status"]; outcome?: string | null; closedAt?: Date | null } = {};
    let reopenedFrom: string | null | undefined;

    if (input.ownerId !== undefined && input.ownerId !== row.ownerId) {
      if (input.ownerId !== null) {
        const [candidate] = await listOwnerCandidates(tx, { orgId, teamId: row.teamId, orgTeams: scope.orgTeams, userId: input.ownerId });
        if (!candidate) throw invalid("ownerId", "Choose a member who works this team's follow-ups");
      }
      data.ownerId = input.ownerId;
    }

    const status = input.status ?? row.status;
    if (input.outcome !== undefined && status !== "CLOSED") {
      throw invalid("outcome", "An outcome goes with closing the case: send it with the status CLOSED");
    }
    if (status === "CLOSED") {
      if (row.status !== "CLOSED") {
        // The schema asks for the outcome with status CLOSED; checked again for other callers.
        if (input.outcome === undefined) throw invalid("outcome", "Closing a follow-up needs its outcome: what was done for the customer");
        Object.assign(data, { status, outcome: input.outcome, closedAt: now });
      } else if (input.outcome !== undefined && input.outcome !== row.outcome) {
        data.outcome = input.outcome;
      }
    } else if (status !== row.status) {
      data.status = status;
      if (row.status === "CLOSED") {
        Object.assign(data, { outcome: null, closedAt: null });
        reopenedFrom = row.outcome;
      }
    }

    if (Object.keys(data).length === 0) return scope;
    await tx.followUp.update({ where: { id: followUpId, orgId }, data });
    await markFirstAction(tx, { orgId, followUpId, now });
    if (reopenedFrom !== undefined) {
      const body = reopenedFrom ? `Reopened. The earlier outcome was: ${reopenedFrom}` : "Reopened.";
      await tx.followUpNote.create({ data: { orgId, followUpId, authorId: isMemberActor(actor) ? actor.userId : null, body, createdAt: now } });
    }
    const assignedBySomeoneElse = data.ownerId && !(isMemberActor(actor) && actor.userId === data.ownerId);
    if (assignedBySomeoneElse) await notifyOwner(tx, { orgId, followUpId, userId: data.ownerId!, now });
    await recordAudit(tx, {
      orgId,
      actor: auditActorOf(actor),
      action: "followup.update",
      targetType: "FollowUp",
      targetId: followUpId,
      metadata: { fields: Object.keys(data), ...(data.status ? { from: row.status, to: data.status } : {}) },
    });
    return scope;
  });
  // Read after the commit: Prisma reads a case's relations with concurrent queries, which one
  // transaction's connection can't run.
  return getFollowUp(db, { orgId, actor, followUpId, scope });
}

/** The new owner hears of the case: one INSERT … SELECT with the case's score and team. */
async function notifyOwner(tx: Tx, { orgId, followUpId, userId, now }: { orgId: string; followUpId: string; userId: string; now: Date }) {
  await tx.$executeRaw`
    INSERT INTO "Notification" ("id", "orgId", "userId", "kind", "title", "body", "link", "createdAt")
    SELECT gen_random_uuid()::text, f."orgId", ${userId}, 'followup.assigned',
      'You own a follow-up: ' || s."metric"::text || ' ' || coalesce(r."score"::text, '—') || ' at ' || t."name",
      left(r."comment", ${NOTIFICATION_EXCERPT_CHARS}), '/follow-ups/' || f."id", ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
    FROM "FollowUp" f
    JOIN "Response" r ON r."id" = f."responseId"
    JOIN "Survey" s ON s."id" = r."surveyId"
    JOIN "Team" t ON t."id" = f."teamId"
    WHERE f."id" = ${followUpId} AND f."orgId" = ${orgId}`;
}

export type AddFollowUpNoteOptions = { orgId: string; actor: FollowUpActor; followUpId: string; input: AddNoteInput; now?: Date };

export async function addFollowUpNote(db: Db, { orgId, actor, followUpId, input, now = new Date() }: AddFollowUpNoteOptions): Promise<FollowUpDetail> {
  const scope = await db.$transaction(async (tx) => {
    await lockCase(tx, { orgId, followUpId });
    const { scope } = await findFollowUpInScope(tx, { orgId, actor, followUpId });
    await tx.followUpNote.create({ data: { orgId, followUpId, authorId: isMemberActor(actor) ? actor.userId : null, body: input.body, createdAt: now } });
    await tx.followUp.update({ where: { id: followUpId, orgId }, data: { updatedAt: now } });
    await markFirstAction(tx, { orgId, followUpId, now });
    return scope;
  });
  return getFollowUp(db, { orgId, actor, followUpId, scope });
}
