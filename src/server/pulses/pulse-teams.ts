/**
 * Which teams and members a pulse reaches. HR chooses teams; a chosen team brings its whole
 * subtree (a region brings its stores). The choice is stored as chosen and resolved when it is
 * needed (a round opening, a member opening their inbox), so teams and members added later
 * are included without editing the schedule.
 */
import type { DbOrTx } from "../prisma-client";

export type PulseTeamsOptions = { orgId: string; surveyId: string };

/** Ids of every team the pulse reaches: the chosen teams and all their descendants. */
export async function pulseTeamIds(db: DbOrTx, { orgId, surveyId }: PulseTeamsOptions): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE reached AS (
      SELECT t.id FROM "Team" t
      JOIN "PulseTeam" pt ON pt."teamId" = t.id AND pt."orgId" = ${orgId} AND pt."surveyId" = ${surveyId}
      WHERE t."orgId" = ${orgId}
      UNION
      SELECT t.id FROM "Team" t JOIN reached r ON t."parentId" = r.id WHERE t."orgId" = ${orgId}
    )
    SELECT id FROM reached`;
  return rows.map((r) => r.id);
}

export type Invitee = { userId: string; teamId: string };

/** The members a round goes to: everyone, whatever their role, whose team the pulse reaches. */
export async function resolveInvitees(db: DbOrTx, options: PulseTeamsOptions): Promise<Invitee[]> {
  const teamIds = await pulseTeamIds(db, options);
  if (teamIds.length === 0) return [];
  const members = await db.membership.findMany({
    where: { orgId: options.orgId, teamId: { in: teamIds } },
    select: { userId: true, teamId: true },
    orderBy: { userId: "asc" },
  });
  return members.flatMap((m) => (m.teamId ? [{ userId: m.userId, teamId: m.teamId }] : []));
}
