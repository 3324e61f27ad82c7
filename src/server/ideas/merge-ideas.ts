/**
 * Merging a duplicate into the idea that is kept: the duplicate's votes and followers move
 * (someone who voted for both counts once), its comments stay where they were written, ideas
 * already merged into the duplicate now point at the kept one, both ideas' counts are
 * recomputed from their rows, and the duplicate's audience hears where it went.
 */
import { AppError } from "@/lib/errors";
import type { Db, Tx } from "../prisma-client";
import { recordAudit } from "../audit/record-audit";
import { ideaAudience, notifyUsers, shortTitle } from "./idea-notifications";
import { lockIdea, type LockedIdea } from "./lock-idea";
import { assertMayReview, isMemberReviewer, reviewerAudit, type IdeaReviewer } from "./review-scope";

export type MergeIdeasOptions = { orgId: string; ideaId: string; intoId: string; reviewer: IdeaReviewer };
export type MergeResult = { ideaId: string; intoId: string; voteCount: number; movedVotes: number; notified: number };

export async function mergeIdeas(db: Db, { orgId, ideaId, intoId, reviewer }: MergeIdeasOptions): Promise<MergeResult> {
  if (ideaId === intoId) throw new AppError("validation_failed", "Invalid input", [{ path: ["intoId"], message: "An idea can't be merged into itself" }]);
  return db.$transaction(async (tx) => {
    // Locked in id order, so two merges of the same pair the other way round can't deadlock.
    const locked = new Map<string, LockedIdea>();
    for (const id of [ideaId, intoId].sort()) {
      try {
        locked.set(id, await lockIdea(tx, { orgId, ideaId: id }));
      } catch (error) {
        // The kept idea is named in the body: one that isn't the organization's is a 400 on it.
        if (id === intoId && error instanceof AppError && error.code === "not_found") {
          throw new AppError("validation_failed", "Invalid input", [{ path: ["intoId"], message: "No such idea in this organization" }]);
        }
        throw error;
      }
    }
    const duplicate = locked.get(ideaId)!;
    const kept = locked.get(intoId)!;
    if (duplicate.mergedIntoId) throw new AppError("conflict", "This idea was already merged into another one");
    if (kept.mergedIntoId) throw new AppError("conflict", "The idea to keep was itself merged into another one: merge into that one");
    await assertMayReview(tx, { orgId, reviewer, teamIds: [duplicate.teamId, kept.teamId] });

    const except = isMemberReviewer(reviewer) ? reviewer.userId : null;
    const audience = await ideaAudience(tx, { orgId, ideaIds: [ideaId], except });
    const movedVotes = await moveRows(tx, { orgId, from: ideaId, to: intoId });
    await tx.idea.updateMany({ where: { orgId, mergedIntoId: ideaId }, data: { mergedIntoId: intoId } });
    const [keptVotes, keptComments, duplicateComments] = await Promise.all([
      tx.ideaVote.count({ where: { ideaId: intoId } }),
      tx.ideaComment.count({ where: { ideaId: intoId } }),
      tx.ideaComment.count({ where: { ideaId } }),
    ]);
    await tx.idea.update({ where: { id: ideaId }, data: { mergedIntoId: intoId, voteCount: 0, commentCount: duplicateComments } });
    await tx.idea.update({ where: { id: intoId }, data: { voteCount: keptVotes, commentCount: keptComments } });
    const notified = await notifyUsers(tx, {
      orgId,
      userIds: audience,
      notice: {
        kind: "idea.merged",
        title: `“${shortTitle(duplicate.title)}” was merged into “${shortTitle(kept.title)}”`,
        body: "It was the same idea. Your vote and your follow moved to the idea that was kept.",
        link: `/ideas/${intoId}`,
      },
    });
    await recordAudit(tx, { orgId, actor: reviewerAudit(reviewer), action: "idea.merge", targetType: "Idea", targetId: ideaId, metadata: { intoId } });
    return { ideaId, intoId, voteCount: keptVotes, movedVotes, notified };
  });
}

/** Votes (with when they were cast, which trending reads) and followers move; duplicates drop. */
async function moveRows(tx: Tx, { orgId, from, to }: { orgId: string; from: string; to: string }): Promise<number> {
  const movedVotes = await tx.$executeRaw`
    INSERT INTO "IdeaVote" ("ideaId", "userId", "orgId", "createdAt")
    SELECT ${to}, "userId", "orgId", "createdAt" FROM "IdeaVote" WHERE "ideaId" = ${from} AND "orgId" = ${orgId}
    ON CONFLICT ("ideaId", "userId") DO NOTHING`;
  await tx.$executeRaw`
    INSERT INTO "IdeaFollower" ("ideaId", "userId", "orgId")
    SELECT ${to}, "userId", "orgId" FROM "IdeaFollower" WHERE "ideaId" = ${from} AND "orgId" = ${orgId}
    ON CONFLICT ("ideaId", "userId") DO NOTHING`;
  await tx.ideaVote.deleteMany({ where: { ideaId: from, orgId } });
  await tx.ideaFollower.deleteMany({ where: { ideaId: from, orgId } });
  return movedVotes;
}
