/**
 * The organization's (or some teams') most supported ideas, for the dashboard and team pages.
 * Declined and merged ideas are left out: they are not on the table any more.
 */
import type { IdeaStatus } from "@/generated/prisma/client";
import type { DbOrTx } from "../prisma-client";

export type IdeaSummary = {
  id: string;
  title: string;
  status: IdeaStatus;
  voteCount: number;
  commentCount: number;
  teamId: string | null;
  teamName: string | null;
  stageId: string | null;
  createdAt: Date;
};

export type ListTopIdeasOptions = {
  orgId: string;
  /** null = the whole organization; [] = no team (nothing). */
  teamIds: string[] | null;
  take: number;
};

/** Open and done ideas, not merged; most votes first, then newest. teamIds null = the whole organization. */
export async function listTopIdeas(db: DbOrTx, { orgId, teamIds, take }: ListTopIdeasOptions): Promise<IdeaSummary[]> {
  if (take <= 0 || (teamIds !== null && teamIds.length === 0)) return [];
  const rows = await db.idea.findMany({
    where: {
      orgId,
      mergedIntoId: null,
      status: { not: "DECLINED" },
      ...(teamIds === null ? {} : { teamId: { in: teamIds } }),
    },
    select: {
      id: true,
      title: true,
      status: true,
      voteCount: true,
      commentCount: true,
      teamId: true,
      stageId: true,
      createdAt: true,
      team: { select: { name: true } },
    },
    orderBy: [{ voteCount: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    take: Math.min(take, 100),
  });
  return rows.map(({ team, ...row }) => ({ ...row, teamName: team?.name ?? null }));
}
