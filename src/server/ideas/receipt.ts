/**
 * An anonymous author's receipt: the secret in their link is hashed and matched against
 * Idea.receiptHash. Nothing about the visit is recorded, so opening it ties no one to the idea.
 */
import { notFound } from "@/lib/errors";
import type { IdeaDetail } from "@/lib/schemas/idea";
import type { DbOrTx } from "../prisma-client";
import { receiptHashOf } from "./create-idea";
import { getIdea } from "./get-idea";

// randomToken(32): 43 base64url characters; anything else can't be a receipt.
const SECRET = /^[A-Za-z0-9_-]{43}$/;

export async function getIdeaByReceipt(db: DbOrTx, { orgId, secret }: { orgId: string; secret: string }): Promise<IdeaDetail> {
  if (!SECRET.test(secret)) throw notFound("Receipt");
  const idea = await db.idea.findFirst({ where: { orgId, receiptHash: receiptHashOf(secret) }, select: { id: true } });
  if (!idea) throw notFound("Receipt");
  return getIdea(db, { orgId, ideaId: idea.id });
}
