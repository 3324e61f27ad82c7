/**
 * Moving an idea through the workflow (src/core/ideas/transitions.ts). Every change carries a
 * note; the change, the idea's new status and the notifications to its named author, voters
 * and followers (not to whoever made the change) are written in one transaction.
 */
import { canTransition } from "@/core/ideas/transitions";
import { AppError } from "@/lib/errors";
import { IDEA_STATUS_LABELS, type ChangeIdeaStatusInput } from "@/lib/schemas/idea";
import type { IdeaStatus } from "@/generated/prisma/client";
import type { Db } from "../prisma-client";
import { recordAudit } from "../audit/record-audit";
import { ideaAudience, notifyUsers, shortTitle } from "./idea-notifications";
import { assertNotMerged, lockIdea } from "./lock-idea";
import { assertMayReview, isMemberReviewer, reviewerAudit, type IdeaReviewer } from "./review-scope";

export type ChangeIdeaStatusOptions = { orgId: string; ideaId: string; reviewer: IdeaReviewer; input: ChangeIdeaStatusInput; now?: Date };
export type ChangedIdeaStatus = { ideaId: string; fromStatus: IdeaStatus; status: IdeaStatus; statusChangedAt: Date; notified: number };

export async function changeIdeaStatus(db: Db, { orgId, ideaId, reviewer, input, now = new Date() }: ChangeIdeaStatusOptions): Promise<ChangedIdeaStatus> {
  return db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, { orgId, ideaId });
    assertNotMerged(idea);
    await assertMayReview(tx, { orgId, reviewer, teamIds: [idea.teamId] });
    if (!canTransition(idea.status, input.status)) {
      throw new AppError("conflict", `An idea that is ${IDEA_STATUS_LABELS[idea.status].toLowerCase()} can't move to ${IDEA_STATUS_LABELS[input.status].toLowerCase()}`);
    }
    const changedById = isMemberReviewer(reviewer) ? reviewer.userId : null;
    await tx.ideaStatusChange.create({ data: { orgId, ideaId, fromStatus: idea.status, toStatus: input.status, note: input.note, changedById, createdAt: now } });
    await tx.idea.update({ where: { id: ideaId }, data: { status: input.status, statusChangedAt: now } });
    const audience = await ideaAudience(tx, { orgId, ideaIds: [ideaId], except: changedById });
    const notified = await notifyUsers(tx, {
      orgId,
      userIds: audience,
      notice: { kind: "idea.status", title: `“${shortTitle(idea.title)}” is now ${IDEA_STATUS_LABELS[input.status].toLowerCase()}`, body: input.note, link: `/ideas/${ideaId}` },
    });
    await recordAudit(tx, { orgId, actor: reviewerAudit(reviewer), action: "idea.status", targetType: "Idea", targetId: ideaId, metadata: { from: idea.status, to: input.status } });
    return { ideaId, fromStatus: idea.status, status: input.status, statusChangedAt: now, notified };
  });
}
