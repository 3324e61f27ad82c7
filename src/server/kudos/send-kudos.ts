/**
 * Praise reaches people: a promoter's comment (NPS 9–10, CSAT 5) passed to the team the
 * response is attributed to, with the sender's optional message, once per response and team.
 * Every member of the team hears of it. Managers pass on praise only within their subtree;
 * OWNER, ADMIN and CX_LEADER anywhere (src/lib/roles.ts, "kudos:send").
 */
import { canBeKudos } from "@/core/follow-ups/rules";
import { Prisma } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import { can, type Role } from "@/lib/roles";
import type { SendKudosInput } from "@/lib/schemas/kudos";
import type { Db, DbOrTx } from "../prisma-client";
import { recordAudit } from "../audit/record-audit";
import { loadUserNames } from "../follow-ups/list-open-follow-ups";
import { loadOrgTeams, subtreeIds, type OrgTeam } from "../metrics/load-org-teams";

export type KudosSender = { userId: string; role: Role; teamId: string | null };

/** The teams whose praise the member may pass on; null = all; [] = none. */
export function kudosScope(sender: Omit<KudosSender, "userId">, orgTeams: readonly OrgTeam[]): Set<string> | null {
  if (!can(sender.role, "kudos:send")) return new Set();
  if (sender.role !== "MANAGER") return null;
  return sender.teamId && orgTeams.some((t) => t.id === sender.teamId) ? subtreeIds(orgTeams, sender.teamId) : new Set();
}

export const KUDOS_EXCERPT_CHARS = 200;

export async function sendKudos(
  db: Db,
  { orgId, sender, input, now = new Date() }: { orgId: string; sender: KudosSender; input: SendKudosInput; now?: Date },
): Promise<{ kudosId: string; teamId: string; notified: number }> {
  const response = await db.response.findFirst({
    where: { id: input.responseId, orgId },
    select: { id: true, teamId: true, score: true, comment: true, team: { select: { name: true } }, survey: { select: { audience: true, metric: true } } },
  });
  // An employee's answer is never praise to pass on, and is never confirmed to exist.
  if (!response || response.survey.audience !== "CUSTOMER") throw notFound("Response");
  const scope = kudosScope(sender, await loadOrgTeams(db, { orgId }));
  if (scope !== null && !scope.has(response.teamId)) throw notFound("Response");
  if (!canBeKudos({ audience: response.survey.audience, metric: response.survey.metric, score: response.score, comment: response.comment })) {
    throw new AppError("validation_failed", "Only a promoter's comment (NPS 9–10 or CSAT 5) can be passed on as kudos", [
      { path: ["responseId"], message: "Not a promoter's comment" },
    ]);
  }
  try {
    return await db.$transaction(async (tx) => {
      const kudos = await tx.kudos.create({
        data: { orgId, teamId: response.teamId, responseId: response.id, message: input.message, createdById: sender.userId, createdAt: now },
        select: { id: true },
      });
      const members = await tx.membership.findMany({ where: { orgId, teamId: response.teamId, userId: { not: sender.userId } }, select: { userId: true } });
      const excerpt = (response.comment ?? "").slice(0, KUDOS_EXCERPT_CHARS);
      await tx.notification.createMany({
        data: members.map((m) => ({
          orgId,
          userId: m.userId,
          kind: "kudos",
          title: `Kudos for ${response.team.name} from a customer`,
          body: input.message ? `“${excerpt}” — ${input.message}` : `“${excerpt}”`,
          link: `/teams/${response.teamId}`,
          createdAt: now,
        })),
      });
      await recordAudit(tx, { orgId, actor: { userId: sender.userId }, action: "kudos.send", targetType: "Kudos", targetId: kudos.id, metadata: { teamId: response.teamId } });
      return { kudosId: kudos.id, teamId: response.teamId, notified: members.length };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", `Already passed on to ${response.team.name} as kudos`);
    }
    throw error;
  }
}

export type KudosItem = {
  id: string;
  teamId: string;
  teamName: string;
  /** The customer's words. */
  comment: string | null;
  score: number | null;
  metric: "NPS" | "CSAT";
  message: string;
  senderName: string | null;
  createdAt: Date;
};

/** The kudos wall: newest first, for some teams (null = the whole organization). */
export async function listKudos(db: DbOrTx, { orgId, teamIds, take }: { orgId: string; teamIds: string[] | null; take: number }): Promise<KudosItem[]> {
  if (teamIds !== null && teamIds.length === 0) return [];
  const rows = await db.kudos.findMany({
    where: { orgId, ...(teamIds !== null ? { teamId: { in: teamIds } } : {}) },
    select: {
      id: true,
      teamId: true,
      message: true,
      createdById: true,
      createdAt: true,
      team: { select: { name: true } },
      response: { select: { score: true, comment: true, survey: { select: { metric: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: Math.max(0, Math.min(take, 100)),
  });
  const names = await loadUserNames(db, { orgId, userIds: rows.map((r) => r.createdById) });
  return rows.map((r) => ({
    id: r.id,
    teamId: r.teamId,
    teamName: r.team.name,
    comment: r.response.comment,
    score: r.response.score,
    metric: r.response.survey.metric === "CSAT" ? "CSAT" : "NPS",
    message: r.message,
    senderName: r.createdById ? (names.get(r.createdById) ?? null) : null,
    createdAt: r.createdAt,
  }));
}
