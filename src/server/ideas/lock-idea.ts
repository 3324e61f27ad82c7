import type { IdeaStatus } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import type { Tx } from "../prisma-client";

export type LockedIdea = { id: string; title: string; status: IdeaStatus; teamId: string | null; authorId: string | null; mergedIntoId: string | null };

/**
 * The idea's row, locked until the transaction ends, so counts, merges and status changes on
 * one idea happen one after the other. Another organization's idea is not found.
 */
export async function lockIdea(tx: Tx, { orgId, ideaId }: { orgId: string; ideaId: string }): Promise<LockedIdea> {
  const rows = await tx.$queryRaw<LockedIdea[]>`
    SELECT "id", "title", "status"::text AS "status", "teamId", "authorId", "mergedIntoId"
    FROM "Idea" WHERE "id" = ${ideaId} AND "orgId" = ${orgId}
    FOR UPDATE`;
  const idea = rows[0];
  if (!idea) throw notFound("Idea");
  return idea;
}

/** Votes, comments and status changes go to the kept idea, not to one merged into it. */
export function assertNotMerged(idea: LockedIdea): void {
  if (idea.mergedIntoId) throw new AppError("conflict", "This idea was merged into another one: vote, comment and follow there");
}
