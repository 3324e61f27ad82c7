import type { DbOrTx } from "../prisma-client";
import { isWellFormedToken } from "./public-link-token";

/** The kinds a person answers at /s/<token>; personal and email links are single-use and go elsewhere. */
export const ANSWERABLE_KINDS = ["PUBLIC_LINK", "QR_CODE"] as const;

export type TokenDistribution = { id: string; orgId: string; surveyId: string; teamId: string };

/**
 * The one unscoped entry point of public answering: a visitor has only the token, so the
 * organization comes from the distribution it finds, and every later read and write is scoped
 * by that orgId, with the team taken from the distribution, never from the visitor
 * (shared/STYLE.md, habit 2). Returns null for unknown, malformed or non-public tokens.
 */
export async function unsafeFindDistributionByToken(db: DbOrTx, token: string): Promise<TokenDistribution | null> {
  if (!isWellFormedToken(token)) return null;
  const found = await db.distribution.findUnique({
    where: { token },
    select: { id: true, orgId: true, surveyId: true, teamId: true, kind: true },
  });
  // A public link without a team could not attribute its answers (shared/DESIGN.md, "Distribution").
  if (!found || !found.teamId || !(ANSWERABLE_KINDS as readonly string[]).includes(found.kind)) return null;
  return { id: found.id, orgId: found.orgId, surveyId: found.surveyId, teamId: found.teamId };
}
