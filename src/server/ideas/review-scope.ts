/**
 * Who may move which ideas through the workflow ("ideas:review", src/lib/roles.ts): CX
 * leaders, admins and owners every idea of the organization, managers only ideas of their
 * team's subtree (an idea with no team is not theirs), API keys the whole organization.
 */
import { AppError } from "@/lib/errors";
import { can, type Role } from "@/lib/roles";
import type { DbOrTx } from "../prisma-client";
import { loadOrgTeams, subtreeIds } from "../metrics/load-org-teams";
import type { AuditActor } from "../audit/record-audit";

export type MemberReviewer = { userId: string; role: Role; teamId: string | null };
export type IdeaReviewer = MemberReviewer | { apiKeyId: string };

export const isMemberReviewer = (reviewer: IdeaReviewer): reviewer is MemberReviewer => "userId" in reviewer;

export const reviewerAudit = (reviewer: IdeaReviewer): AuditActor => (isMemberReviewer(reviewer) ? { userId: reviewer.userId } : { apiKeyId: reviewer.apiKeyId });

/** The team ids whose ideas a member may review, or null for every idea of the organization. */
export async function reviewTeamIds(db: DbOrTx, { orgId, member }: { orgId: string; member: { role: Role; teamId: string | null } }): Promise<Set<string> | null> {
  if (member.role !== "MANAGER") return null;
  // A manager with no team manages nobody: an empty scope, never the whole organization.
  if (!member.teamId) return new Set();
  return subtreeIds(await loadOrgTeams(db, { orgId }), member.teamId);
}

export function inReviewScope(scope: Set<string> | null, teamId: string | null): boolean {
  return scope === null || (teamId !== null && scope.has(teamId));
}

/** Throws 403 unless the reviewer may change ideas of this team. */
export async function assertMayReview(db: DbOrTx, { orgId, reviewer, teamIds }: { orgId: string; reviewer: IdeaReviewer; teamIds: (string | null)[] }): Promise<void> {
  if (!isMemberReviewer(reviewer)) return;
  if (!can(reviewer.role, "ideas:review")) throw new AppError("forbidden", "Your role does not allow reviewing ideas");
  const scope = await reviewTeamIds(db, { orgId, member: reviewer });
  if (!teamIds.every((teamId) => inReviewScope(scope, teamId))) throw new AppError("forbidden", "You can review only the ideas of your own teams");
}
