import type { DbOrTx } from "../prisma-client";

const MAX_TARGETS = 300;

/**
 * The ideas a duplicate may be merged into: the organization's other ideas not merged
 * themselves, within the reviewer's teams (null = all), most votes first.
 */
export async function listMergeTargets(db: DbOrTx, { orgId, ideaId, teamIds }: { orgId: string; ideaId: string; teamIds: Set<string> | null }) {
  return db.idea.findMany({
    where: { orgId, mergedIntoId: null, id: { not: ideaId }, ...(teamIds === null ? {} : { teamId: { in: [...teamIds] } }) },
    select: { id: true, title: true, status: true, voteCount: true },
    orderBy: [{ voteCount: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    take: MAX_TARGETS,
  });
}
