import type { DbOrTx } from "../prisma-client";

/** Which of these ideas the member voted for (the board's vote buttons). */
export async function votedIdeaIds(db: DbOrTx, { orgId, userId, ideaIds }: { orgId: string; userId: string; ideaIds: string[] }): Promise<Set<string>> {
  if (ideaIds.length === 0) return new Set();
  const votes = await db.ideaVote.findMany({ where: { orgId, userId, ideaId: { in: ideaIds } }, select: { ideaId: true } });
  return new Set(votes.map((v) => v.ideaId));
}
