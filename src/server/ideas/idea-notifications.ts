/**
 * Who hears about an idea: its named author, its voters and its followers — never the person
 * who caused the news, and never an anonymous author (nothing ties them to the idea).
 */
import type { DbOrTx } from "../prisma-client";

export type IdeaNotice = { kind: "idea.status" | "idea.comment" | "idea.merged"; title: string; body: string | null; link: string };

/** Ids of the named author, the voters and the followers of the ideas, without `except`. */
export async function ideaAudience(db: DbOrTx, { orgId, ideaIds, except }: { orgId: string; ideaIds: string[]; except?: string | null }): Promise<string[]> {
  const [ideas, votes, followers] = await Promise.all([
    db.idea.findMany({ where: { orgId, id: { in: ideaIds } }, select: { authorId: true } }),
    db.ideaVote.findMany({ where: { orgId, ideaId: { in: ideaIds } }, select: { userId: true } }),
    db.ideaFollower.findMany({ where: { orgId, ideaId: { in: ideaIds } }, select: { userId: true } }),
  ]);
  const ids = new Set<string>([...ideas.map((i) => i.authorId).filter((id): id is string => id !== null), ...votes.map((v) => v.userId), ...followers.map((f) => f.userId)]);
  if (except) ids.delete(except);
  // Only people still in the organization: someone who left doesn't get its news.
  const members = await db.membership.findMany({ where: { orgId, userId: { in: [...ids] } }, select: { userId: true } });
  return members.map((m) => m.userId).sort();
}

export async function notifyUsers(db: DbOrTx, { orgId, userIds, notice }: { orgId: string; userIds: string[]; notice: IdeaNotice }): Promise<number> {
  if (userIds.length === 0) return 0;
  const { count } = await db.notification.createMany({ data: userIds.map((userId) => ({ orgId, userId, ...notice })) });
  return count;
}

/** "A title that is much too long…" for a notification's title. */
export function shortTitle(title: string, max = 80): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}
