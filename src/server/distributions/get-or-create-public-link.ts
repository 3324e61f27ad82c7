/**
 * One PUBLIC_LINK distribution per survey and team: the link (and its poster) a team hands to
 * the customers it serves, so each answer is attributed to that team.
 */
import { notFound } from "@/lib/errors";
import type { Db, Tx } from "../prisma-client";
import { newPublicLinkToken } from "./public-link-token";

export type PublicLink = { id: string; teamId: string; token: string };
export type GetOrCreatePublicLinkOptions = { orgId: string; surveyId: string; teamId: string };
export type EnsurePublicLinksOptions = { orgId: string; surveyId: string; teamIds: readonly string[] };

/** The team's link for the survey, made on first use; another organization's ids are "not found". */
export async function getOrCreatePublicLink(db: Db, { orgId, surveyId, teamId }: GetOrCreatePublicLinkOptions): Promise<PublicLink> {
  return db.$transaction(async (tx) => {
    const team = await tx.team.findFirst({ where: { id: teamId, orgId }, select: { id: true } });
    if (!team) throw notFound("Team");
    const [link] = await ensurePublicLinks(tx, { orgId, surveyId, teamIds: [teamId] });
    if (!link) throw new Error("ensurePublicLinks returned no link for a team of the organization");
    return link;
  });
}

/**
 * The links of several teams (given in the caller's organization), creating the missing ones,
 * returned in the order of teamIds. The schema has no unique index on (survey, team, kind), so
 * a transaction-scoped advisory lock per survey makes two concurrent first visits agree on one
 * link instead of printing two posters with different codes.
 */
export async function ensurePublicLinks(tx: Tx, { orgId, surveyId, teamIds }: EnsurePublicLinksOptions): Promise<PublicLink[]> {
  const survey = await tx.survey.findFirst({ where: { id: surveyId, orgId }, select: { id: true } });
  if (!survey) throw notFound("Survey");
  if (teamIds.length === 0) return [];
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`tandem:public-link:${surveyId}`}, 0))`;
  const select = { id: true, teamId: true, token: true } as const;
  const existing = await tx.distribution.findMany({
    where: { orgId, surveyId, kind: "PUBLIC_LINK", teamId: { in: [...teamIds] } },
    orderBy: { createdAt: "asc" },
    select,
  });
  const byTeam = new Map<string, PublicLink>();
  // Should a duplicate ever exist, the oldest link wins: it is the one already printed.
  for (const d of existing) if (d.teamId && !byTeam.has(d.teamId)) byTeam.set(d.teamId, { id: d.id, teamId: d.teamId, token: d.token });
  const missing = [...new Set(teamIds)].filter((id) => !byTeam.has(id));
  if (missing.length > 0) {
    const created = await tx.distribution.createManyAndReturn({
      data: missing.map((teamId) => ({ orgId, surveyId, teamId, kind: "PUBLIC_LINK" as const, token: newPublicLinkToken() })),
      select,
    });
    for (const d of created) if (d.teamId) byTeam.set(d.teamId, { id: d.id, teamId: d.teamId, token: d.token });
  }
  return teamIds.map((id) => byTeam.get(id)).filter((link): link is PublicLink => link !== undefined);
}
