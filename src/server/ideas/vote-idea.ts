/**
 * One vote per member and idea (IdeaVote's key is idea + user). The count on the idea moves in
 * the same transaction as the vote row, and only when a row was really added or removed, so two
 * clicks at once still count once. Voting also follows the idea; unvoting doesn't unfollow.
 */
import type { Db } from "../prisma-client";
import { assertNotMerged, lockIdea } from "./lock-idea";

export type VoteOptions = { orgId: string; ideaId: string; userId: string };
export type VoteResult = { voted: boolean; voteCount: number };

export async function voteIdea(db: Db, { orgId, ideaId, userId }: VoteOptions): Promise<VoteResult> {
  return db.$transaction(async (tx) => {
    assertNotMerged(await lockIdea(tx, { orgId, ideaId }));
    const { count } = await tx.ideaVote.createMany({ data: [{ ideaId, userId, orgId }], skipDuplicates: true });
    await tx.ideaFollower.createMany({ data: [{ ideaId, userId, orgId }], skipDuplicates: true });
    const idea = count
      ? await tx.idea.update({ where: { id: ideaId }, data: { voteCount: { increment: count } }, select: { voteCount: true } })
      : await tx.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { voteCount: true } });
    return { voted: true, voteCount: idea.voteCount };
  });
}

export async function unvoteIdea(db: Db, { orgId, ideaId, userId }: VoteOptions): Promise<VoteResult> {
  return db.$transaction(async (tx) => {
    assertNotMerged(await lockIdea(tx, { orgId, ideaId }));
    const { count } = await tx.ideaVote.deleteMany({ where: { ideaId, userId, orgId } });
    const idea = count
      ? await tx.idea.update({ where: { id: ideaId }, data: { voteCount: { decrement: count } }, select: { voteCount: true } })
      : await tx.idea.findUniqueOrThrow({ where: { id: ideaId }, select: { voteCount: true } });
    return { voted: false, voteCount: idea.voteCount };
  });
}

export async function followIdea(db: Db, { orgId, ideaId, userId, follow }: VoteOptions & { follow: boolean }): Promise<{ following: boolean }> {
  return db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, { orgId, ideaId });
    if (follow) {
      assertNotMerged(idea);
      await tx.ideaFollower.createMany({ data: [{ ideaId, userId, orgId }], skipDuplicates: true });
    } else {
      await tx.ideaFollower.deleteMany({ where: { ideaId, userId, orgId } });
    }
    return { following: follow };
  });
}
