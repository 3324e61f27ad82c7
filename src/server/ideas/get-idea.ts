/**
 * One idea with everything its page and GET /api/v1/ideas/{id} show: its status history with
 * the notes, its comments, and where it was merged. An anonymous idea has no author name —
 * there is none to find.
 */
import { notFound } from "@/lib/errors";
import type { IdeaDetail } from "@/lib/schemas/idea";
import type { DbOrTx } from "../prisma-client";
import { userNames } from "./user-names";

const MAX_COMMENTS = 500;

export async function getIdea(db: DbOrTx, { orgId, ideaId }: { orgId: string; ideaId: string }): Promise<IdeaDetail> {
  const idea = await db.idea.findFirst({
    where: { id: ideaId, orgId },
    select: {
      id: true,
      title: true,
      body: true,
      status: true,
      prompt: true,
      authorId: true,
      teamId: true,
      stageId: true,
      voteCount: true,
      commentCount: true,
      statusChangedAt: true,
      createdAt: true,
      team: { select: { name: true } },
      stage: { select: { name: true } },
      mergedInto: { select: { id: true, title: true, status: true } },
      mergedFrom: { select: { id: true, title: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      statusChanges: { select: { id: true, fromStatus: true, toStatus: true, note: true, changedById: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      comments: { select: { id: true, authorId: true, body: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: MAX_COMMENTS },
    },
  });
  if (!idea) throw notFound("Idea");
  const names = await userNames(db, [idea.authorId, ...idea.statusChanges.map((c) => c.changedById), ...idea.comments.map((c) => c.authorId)]);
  return {
    id: idea.id,
    title: idea.title,
    body: idea.body,
    status: idea.status,
    prompt: idea.prompt,
    authorName: idea.authorId ? (names.get(idea.authorId) ?? null) : null,
    anonymous: idea.authorId === null,
    teamId: idea.teamId,
    teamName: idea.team?.name ?? null,
    stageId: idea.stageId,
    stageName: idea.stage?.name ?? null,
    voteCount: idea.voteCount,
    commentCount: idea.commentCount,
    statusChangedAt: idea.statusChangedAt.toISOString(),
    createdAt: idea.createdAt.toISOString(),
    mergedInto: idea.mergedInto,
    mergedFrom: idea.mergedFrom,
    history: idea.statusChanges.map((c) => ({
      id: c.id,
      fromStatus: c.fromStatus,
      toStatus: c.toStatus,
      note: c.note,
      changedByName: c.changedById ? (names.get(c.changedById) ?? null) : null,
      createdAt: c.createdAt.toISOString(),
    })),
    comments: idea.comments.map((c) => ({ id: c.id, authorName: names.get(c.authorId) ?? "Former member", body: c.body, createdAt: c.createdAt.toISOString() })),
  };
}

/** Whether the member voted for and follows the idea (for its buttons). */
export async function getIdeaViewerState(db: DbOrTx, { orgId, ideaId, userId }: { orgId: string; ideaId: string; userId: string }) {
  const [vote, follower] = await Promise.all([
    db.ideaVote.findUnique({ where: { ideaId_userId: { ideaId, userId } }, select: { orgId: true } }),
    db.ideaFollower.findUnique({ where: { ideaId_userId: { ideaId, userId } }, select: { orgId: true } }),
  ]);
  return { voted: vote?.orgId === orgId, following: follower?.orgId === orgId };
}
