/**
 * "You said, we did": ideas that changed something because employees spoke up — done ones, and
 * planned or in-progress ones "on the way" — each with the note of the change that put it
 * there, newest change first. Everyone in the organization may read it.
 */
import type { IdeaStatus } from "@/generated/prisma/client";
import type { DbOrTx } from "../prisma-client";

export type YouSaidWeDidItem = {
  ideaId: string;
  title: string;
  status: IdeaStatus;
  note: string | null;
  changedAt: Date;
  teamName: string | null;
  voteCount: number;
};

export type YouSaidWeDidOptions = { orgId: string; statuses: IdeaStatus[]; since: Date | null; take?: number };

export async function listYouSaidWeDid(db: DbOrTx, { orgId, statuses, since, take = 100 }: YouSaidWeDidOptions): Promise<YouSaidWeDidItem[]> {
  const ideas = await db.idea.findMany({
    where: { orgId, mergedIntoId: null, status: { in: statuses }, ...(since ? { statusChangedAt: { gte: since } } : {}) },
    select: {
      id: true,
      title: true,
      status: true,
      statusChangedAt: true,
      voteCount: true,
      team: { select: { name: true } },
      // The change that put the idea where it is now.
      statusChanges: { select: { note: true, toStatus: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
    },
    orderBy: [{ statusChangedAt: "desc" }, { id: "asc" }],
    take,
  });
  return ideas.map((i) => {
    const last = i.statusChanges[0];
    return {
      ideaId: i.id,
      title: i.title,
      status: i.status,
      note: last && last.toStatus === i.status ? last.note : null,
      changedAt: i.statusChangedAt,
      teamName: i.team?.name ?? null,
      voteCount: i.voteCount,
    };
  });
}
