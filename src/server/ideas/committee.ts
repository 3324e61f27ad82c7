/**
 * The CX committee's page and agenda: the mission, ideas waiting for review, blockers (open
 * ideas whose status hasn't moved for Organization.ideaStallDays days), what was done this
 * period, and the call for new ideas. Managers see their subtree's ideas; CX leaders, admins and
 * owners the whole organization, and only they change the stall days or call every member.
 */
import { committeePeriodRange, daysSince, stallCutoff, type CommitteePeriod } from "@/core/ideas/periods";
import { OPEN_IDEA_STATUSES, WAITING_IDEA_STATUSES } from "@/core/ideas/transitions";
import type { IdeaStatus, Prisma } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import type { Db, DbOrTx } from "../prisma-client";
import { recordAudit } from "../audit/record-audit";
import { reviewTeamIds } from "./review-scope";

/** Who leads the committee: may change its settings and call on every member for ideas. */
export const COMMITTEE_LEAD_ROLES: readonly Role[] = ["OWNER", "ADMIN", "CX_LEADER"];
export const leadsCommittee = (role: Role) => COMMITTEE_LEAD_ROLES.includes(role);

export type CommitteeIdea = {
  id: string;
  title: string;
  status: IdeaStatus;
  voteCount: number;
  commentCount: number;
  teamName: string | null;
  statusChangedAt: Date;
  createdAt: Date;
  /** Blockers: whole days since the status last moved. */
  stalledDays: number;
  /** Done ideas: the note that closed the loop. */
  note: string | null;
};

export type CommitteeView = {
  orgName: string;
  mission: string | null;
  stallDays: number;
  period: { kind: CommitteePeriod; from: Date; to: Date };
  /** Null: the whole organization; otherwise the member's subtree (managers). */
  scopedToTeams: boolean;
  waiting: CommitteeIdea[];
  waitingTotal: number;
  blockers: CommitteeIdea[];
  blockersTotal: number;
  done: CommitteeIdea[];
};

const LIST_LIMIT = 50;

const ideaSelect = {
  id: true,
  title: true,
  status: true,
  voteCount: true,
  commentCount: true,
  statusChangedAt: true,
  createdAt: true,
  team: { select: { name: true } },
} as const;

type IdeaRow = Prisma.IdeaGetPayload<{ select: typeof ideaSelect }>;

export type GetCommitteeViewOptions = { orgId: string; member: { role: Role; teamId: string | null }; period: CommitteePeriod; now?: Date };

export async function getCommitteeView(db: DbOrTx, { orgId, member, period, now = new Date() }: GetCommitteeViewOptions): Promise<CommitteeView> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { name: true, cxMission: true, ideaStallDays: true } });
  if (!org) throw notFound("Organization");
  const scope = await reviewTeamIds(db, { orgId, member });
  const base: Prisma.IdeaWhereInput = { orgId, mergedIntoId: null, ...(scope === null ? {} : { teamId: { in: [...scope] } }) };
  const waitingWhere: Prisma.IdeaWhereInput = { ...base, status: { in: [...WAITING_IDEA_STATUSES] } };
  const blockersWhere: Prisma.IdeaWhereInput = { ...base, status: { in: [...OPEN_IDEA_STATUSES] }, statusChangedAt: { lt: stallCutoff(now, org.ideaStallDays) } };
  const range = committeePeriodRange(period, now);

  const [waiting, waitingTotal, blockers, blockersTotal, done] = await Promise.all([
    db.idea.findMany({ where: waitingWhere, select: ideaSelect, orderBy: [{ voteCount: "desc" }, { createdAt: "asc" }, { id: "asc" }], take: LIST_LIMIT }),
    db.idea.count({ where: waitingWhere }),
    db.idea.findMany({ where: blockersWhere, select: ideaSelect, orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }], take: LIST_LIMIT }),
    db.idea.count({ where: blockersWhere }),
    db.idea.findMany({
      where: { ...base, status: "DONE", statusChangedAt: { gte: range.from, lte: range.to } },
      select: { ...ideaSelect, statusChanges: { where: { toStatus: "DONE" }, select: { note: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 } },
      orderBy: [{ statusChangedAt: "desc" }, { id: "asc" }],
      take: LIST_LIMIT,
    }),
  ]);
  const toIdea = (row: IdeaRow, note: string | null = null): CommitteeIdea => ({
    id: row.id,
    title: row.title,
    status: row.status,
    voteCount: row.voteCount,
    commentCount: row.commentCount,
    teamName: row.team?.name ?? null,
    statusChangedAt: row.statusChangedAt,
    createdAt: row.createdAt,
    stalledDays: daysSince(row.statusChangedAt, now),
    note,
  });
  return {
    orgName: org.name,
    mission: org.cxMission,
    stallDays: org.ideaStallDays,
    period: { kind: period, ...range },
    scopedToTeams: scope !== null,
    waiting: waiting.map((r) => toIdea(r)),
    waitingTotal,
    blockers: blockers.map((r) => toIdea(r)),
    blockersTotal,
    done: done.map((r) => toIdea(r, r.statusChanges[0]?.note ?? null)),
  };
}

function assertLead(role: Role): void {
  if (!leadsCommittee(role)) throw new AppError("forbidden", "Only CX leaders and admins can do this");
}

export type CommitteeLead = { userId: string; role: Role };

export async function setIdeaStallDays(db: Db, { orgId, actor, ideaStallDays }: { orgId: string; actor: CommitteeLead; ideaStallDays: number }): Promise<number> {
  assertLead(actor.role);
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: orgId }, select: { ideaStallDays: true } });
    if (!before) throw notFound("Organization");
    await tx.organization.update({ where: { id: orgId }, data: { ideaStallDays } });
    await recordAudit(tx, { orgId, actor: { userId: actor.userId }, action: "org.idea-stall-days", targetType: "Organization", targetId: orgId, metadata: { before: before.ideaStallDays, after: ideaStallDays } });
    return ideaStallDays;
  });
}

/** Posts the call for ideas to every other member's inbox; returns how many were notified. */
export async function callForIdeas(db: Db, { orgId, actor, message }: { orgId: string; actor: CommitteeLead; message: string }): Promise<number> {
  assertLead(actor.role);
  return db.$transaction(async (tx) => {
    const members = await tx.membership.findMany({ where: { orgId, userId: { not: actor.userId } }, select: { userId: true } });
    const { count } = await tx.notification.createMany({
      data: members.map((m) => ({ orgId, userId: m.userId, kind: "idea.call", title: "The CX committee wants your ideas", body: message, link: "/ideas/new" })),
    });
    await recordAudit(tx, { orgId, actor: { userId: actor.userId }, action: "idea.call", targetType: "Organization", targetId: orgId, metadata: { notified: count } });
    return count;
  });
}
