/**
 * A team's page: where it sits in the tree, what customers said about it (its subtree), the
 * praise passed on to it, and its open follow-ups. Customer feedback only: employee answers
 * and comments never appear here, whatever the survey (shared/DESIGN.md, "Anonymity").
 *
 * Who opens which page: OWNER, ADMIN, CX_LEADER and HR any team of the organization; a MANAGER
 * the teams of their subtree; FRONTLINE their own team; anyone else, or another organization's
 * team, gets a 404.
 */
import { canBeKudos } from "@/core/follow-ups/rules";
import { notFound } from "@/lib/errors";
import { can, type Role } from "@/lib/roles";
import type { DbOrTx } from "../prisma-client";
import { loadOrgTeams, subtreeIds, type OrgTeam } from "../metrics/load-org-teams";
import { followUpScopeTeamIds, listOpenFollowUps, type OpenFollowUp } from "../follow-ups/list-open-follow-ups";
import { ancestorIds } from "../follow-ups/owner-candidates";
import { kudosScope, listKudos, type KudosItem } from "../kudos/send-kudos";

export type TeamPageMember = { orgId: string; userId: string; role: Role; teamId: string | null };

/** The teams whose page the member may open; null = every team of the organization. */
export function teamPageScope(member: Omit<TeamPageMember, "orgId" | "userId">, orgTeams: readonly OrgTeam[]): Set<string> | null {
  switch (member.role) {
    case "OWNER":
    case "ADMIN":
    case "CX_LEADER":
    case "HR":
      return null;
    case "MANAGER":
      return member.teamId && orgTeams.some((t) => t.id === member.teamId) ? subtreeIds(orgTeams, member.teamId) : new Set();
    case "FRONTLINE":
      return member.teamId && orgTeams.some((t) => t.id === member.teamId) ? new Set([member.teamId]) : new Set();
    default:
      return new Set();
  }
}

export type FeedbackItem = {
  responseId: string;
  teamId: string;
  teamName: string;
  metric: "NPS" | "CSAT";
  score: number | null;
  comment: string;
  submittedAt: Date;
  /** Already passed to its team as kudos. */
  kudosSent: boolean;
  /** The viewer may pass it on now. */
  canSendKudos: boolean;
};

export type TeamPage = {
  team: { id: string; name: string };
  /** From the root down to the team's parent. */
  parents: { id: string; name: string }[];
  /** The team and its descendants (the figures and lists cover all of them). */
  subtreeIds: string[];
  childCount: number;
  feedback: FeedbackItem[];
  kudos: KudosItem[];
  /** null when the viewer does not work follow-ups (HR). */
  followUps: { items: OpenFollowUp[]; total: number } | null;
};

export const FEEDBACK_TAKE = 20;
export const KUDOS_TAKE = 20;
export const FOLLOW_UPS_TAKE = 10;

export async function getTeamPage(db: DbOrTx, { member, teamId }: { member: TeamPageMember; teamId: string }): Promise<TeamPage> {
  const { orgId } = member;
  const orgTeams = await loadOrgTeams(db, { orgId });
  const team = orgTeams.find((t) => t.id === teamId);
  const scope = teamPageScope(member, orgTeams);
  if (!team || (scope !== null && !scope.has(teamId))) throw notFound("Team");

  const subtree = [...subtreeIds(orgTeams, teamId)];
  const byId = new Map(orgTeams.map((t) => [t.id, t]));
  const parents = ancestorIds(orgTeams, teamId)
    .slice(1)
    .reverse()
    .map((id) => ({ id, name: byId.get(id)!.name }));

  // The follow-ups shown are the subtree's that the viewer also works (a frontline member
  // of a parent team works only that team's own cases).
  const workScope = can(member.role, "followups:work") ? followUpScopeTeamIds(member, orgTeams) : undefined;
  const followUpTeams = workScope === undefined ? undefined : workScope === null ? subtree : subtree.filter((id) => workScope.includes(id));
  const kudosTeams = kudosScope(member, orgTeams);

  const [responses, kudos, followUps] = await Promise.all([
    db.response.findMany({
      // Customer surveys only: an employee comment must never reach a team page.
      where: { orgId, teamId: { in: subtree }, survey: { audience: "CUSTOMER" }, comment: { not: null } },
      select: {
        id: true,
        teamId: true,
        score: true,
        comment: true,
        submittedAt: true,
        submittedOn: true,
        survey: { select: { audience: true, metric: true } },
        kudos: { select: { teamId: true } },
      },
      orderBy: [{ submittedOn: "desc" }, { submittedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: FEEDBACK_TAKE,
    }),
    listKudos(db, { orgId, teamIds: subtree, take: KUDOS_TAKE }),
    followUpTeams === undefined ? Promise.resolve(null) : listOpenFollowUps(db, { orgId, teamIds: followUpTeams, take: FOLLOW_UPS_TAKE }),
  ]);

  const feedback = responses.flatMap((r): FeedbackItem[] => {
    if (r.survey.audience !== "CUSTOMER" || r.comment === null || r.survey.metric === "ENPS") return [];
    const kudosSent = r.kudos.some((k) => k.teamId === r.teamId);
    const praise = canBeKudos({ audience: "CUSTOMER", metric: r.survey.metric, score: r.score, comment: r.comment });
    return [
      {
        responseId: r.id,
        teamId: r.teamId,
        teamName: byId.get(r.teamId)?.name ?? "",
        metric: r.survey.metric,
        score: r.score,
        comment: r.comment,
        submittedAt: r.submittedAt ?? r.submittedOn,
        kudosSent,
        canSendKudos: praise && !kudosSent && (kudosTeams === null || kudosTeams.has(r.teamId)),
      },
    ];
  });

  return {
    team: { id: team.id, name: team.name },
    parents,
    subtreeIds: subtree,
    childCount: subtree.length - 1,
    feedback,
    kudos,
    followUps,
  };
}
