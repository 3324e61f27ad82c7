/**
 * Submitting an idea. A named author follows it from the start. An anonymous one leaves no
 * trace at all — no author, follower, vote, audit or notification row carries their id — and
 * instead gets a receipt: a random secret shown to them once, of which only the hash is kept,
 * that opens the idea's status and history (docs/decisions/014-ideas-and-committee.md).
 */
import { AppError } from "@/lib/errors";
import type { CreateIdeaInput } from "@/lib/schemas/idea";
import { randomToken, sha256Hex } from "../crypto";
import type { Db, DbOrTx } from "../prisma-client";

export type CreateIdeaOptions = {
  orgId: string;
  /** The member submitting it; null for an integration (POST /api/v1/ideas), always anonymous. */
  author: { userId: string } | null;
  input: Omit<CreateIdeaInput, "anonymous"> & { anonymous?: boolean };
};

export type CreatedIdea = {
  id: string;
  /** Only for an anonymous member: the secret of their receipt link, never stored. */
  receiptSecret: string | null;
};

export const receiptPath = (secret: string) => `/ideas/receipt/${secret}`;
export const receiptHashOf = (secret: string) => sha256Hex(secret);

/** Ids given in the body that aren't the organization's are a 400 on that field. */
export async function checkIdeaRefs(db: DbOrTx, { orgId, teamId, stageId }: { orgId: string; teamId: string | null; stageId: string | null }): Promise<void> {
  const [team, stage] = await Promise.all([
    teamId ? db.team.findFirst({ where: { id: teamId, orgId }, select: { id: true } }) : null,
    stageId ? db.journeyStage.findFirst({ where: { id: stageId, orgId }, select: { id: true } }) : null,
  ]);
  const issues = [
    ...(teamId && !team ? [{ path: ["teamId"], message: "No such team in this organization" }] : []),
    ...(stageId && !stage ? [{ path: ["stageId"], message: "No such journey stage in this organization" }] : []),
  ];
  if (issues.length) throw new AppError("validation_failed", "Invalid input", issues);
}

export async function createIdea(db: Db, { orgId, author, input }: CreateIdeaOptions): Promise<CreatedIdea> {
  const { title, body, prompt, stageId, teamId } = input;
  await checkIdeaRefs(db, { orgId, teamId, stageId });
  const anonymous = author === null || input.anonymous === true;
  const receiptSecret = author !== null && anonymous ? randomToken(32) : null;
  const idea = await db.$transaction(async (tx) => {
    const created = await tx.idea.create({
      data: {
        orgId,
        title,
        body,
        prompt,
        stageId,
        teamId,
        authorId: anonymous ? null : author.userId,
        receiptHash: receiptSecret ? receiptHashOf(receiptSecret) : null,
      },
      select: { id: true },
    });
    if (!anonymous) await tx.ideaFollower.create({ data: { ideaId: created.id, userId: author.userId, orgId } });
    return created;
  });
  return { id: idea.id, receiptSecret };
}
