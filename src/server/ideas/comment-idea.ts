/**
 * A comment on an idea: the commenter follows it from then on, the count moves in the same
 * transaction, and the idea's other followers (its named author, its voters) are told.
 */
import type { Db } from "../prisma-client";
import { ideaAudience, notifyUsers, shortTitle } from "./idea-notifications";
import { assertNotMerged, lockIdea } from "./lock-idea";

export type AddCommentOptions = { orgId: string; ideaId: string; author: { userId: string; name: string }; body: string };

export async function addIdeaComment(db: Db, { orgId, ideaId, author, body }: AddCommentOptions): Promise<{ id: string; commentCount: number }> {
  return db.$transaction(async (tx) => {
    const idea = await lockIdea(tx, { orgId, ideaId });
    assertNotMerged(idea);
    const comment = await tx.ideaComment.create({ data: { orgId, ideaId, authorId: author.userId, body }, select: { id: true } });
    const { commentCount } = await tx.idea.update({ where: { id: ideaId }, data: { commentCount: { increment: 1 } }, select: { commentCount: true } });
    const audience = await ideaAudience(tx, { orgId, ideaIds: [ideaId], except: author.userId });
    await notifyUsers(tx, {
      orgId,
      userIds: audience,
      notice: { kind: "idea.comment", title: `${author.name} commented on “${shortTitle(idea.title)}”`, body: shortTitle(body, 280), link: `/ideas/${ideaId}` },
    });
    await tx.ideaFollower.createMany({ data: [{ ideaId, userId: author.userId, orgId }], skipDuplicates: true });
    return { id: comment.id, commentCount };
  });
}
