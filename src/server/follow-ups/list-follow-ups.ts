/**
 * The follow-ups list (the /follow-ups page and GET /api/v1/follow-ups): the cases in the
 * caller's scope matching the filters, cases still open first, oldest first, then closed ones,
 * most recently closed first; and the times to first action and to close over the closed cases
 * of a period (median and 90th percentile, src/core/follow-ups/durations.ts).
 */
import type { Prisma } from "@/generated/prisma/client";
import { elapsedMs, summarizeDurations, type DurationSummary } from "@/core/follow-ups/durations";
import type { FollowUpFilters, FollowUpList, ListFollowUpsQuery } from "@/lib/schemas/follow-up";
import type { DbOrTx } from "../prisma-client";
import { SUMMARY_SELECT, toSummary } from "./follow-up-dto";
import { resolveFollowUpScope, teamsToRead, type FollowUpActor, type FollowUpScope } from "./follow-up-scope";
import { loadUserNames } from "./list-open-follow-ups";

type ScopeOptions = { orgId: string; actor: FollowUpActor; scope?: FollowUpScope };

function followUpWhere(orgId: string, teamIds: string[] | null, filters: Omit<FollowUpFilters, "status"> & { status?: FollowUpFilters["status"] }): Prisma.FollowUpWhereInput {
  const status =
    filters.status === undefined || filters.status === "all"
      ? {}
      : filters.status === "open"
        ? { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } }
        : { status: filters.status };
  return {
    orgId,
    ...status,
    ...(teamIds !== null ? { teamId: { in: teamIds } } : {}),
    ...(filters.owner === undefined ? {} : { ownerId: filters.owner === "unassigned" ? null : filters.owner }),
    ...(filters.metric === undefined ? {} : { response: { survey: { metric: filters.metric } } }),
  };
}

export async function listFollowUps(db: DbOrTx, { orgId, actor, scope, query }: ScopeOptions & { query: ListFollowUpsQuery }): Promise<FollowUpList> {
  const resolved = scope ?? (await resolveFollowUpScope(db, { orgId, actor }));
  const teamIds = teamsToRead(resolved, query.teamId);
  if (teamIds !== null && teamIds.length === 0) return { followUps: [], total: 0, limit: query.limit, offset: query.offset, nextOffset: null };
  const where = followUpWhere(orgId, teamIds, query);
  const [rows, total] = await Promise.all([
    db.followUp.findMany({
      where,
      select: SUMMARY_SELECT,
      // closedAt is null exactly while a case is not closed: those come first, oldest first.
      orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
      skip: query.offset,
      take: query.limit,
    }),
    db.followUp.count({ where }),
  ]);
  const names = await loadUserNames(db, { orgId, userIds: rows.map((r) => r.ownerId) });
  const next = query.offset + rows.length;
  return { followUps: rows.map((row) => toSummary(row, names)), total, limit: query.limit, offset: query.offset, nextOffset: next < total ? next : null };
}

export type FollowUpTimes = {
  /** The period, UTC days inclusive: cases whose closedAt falls in it. */
  from: string;
  to: string;
  /** Closed cases in the period matching the filters. */
  closed: number;
  firstAction: DurationSummary;
  close: DurationSummary;
};

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000);

/**
 * Median and p90 time to first action and to close over the cases closed in [from, to] that
 * match the team, owner and metric filters (the status filter does not apply: these are closed
 * cases by definition).
 */
export async function getFollowUpTimes(
  db: DbOrTx,
  { orgId, actor, scope, filters, from, to }: ScopeOptions & { filters: Omit<FollowUpFilters, "status">; from: string; to: string },
): Promise<FollowUpTimes> {
  const resolved = scope ?? (await resolveFollowUpScope(db, { orgId, actor }));
  const teamIds = teamsToRead(resolved, filters.teamId);
  const rows =
    teamIds !== null && teamIds.length === 0
      ? []
      : await db.followUp.findMany({
          where: { ...followUpWhere(orgId, teamIds, { ...filters, status: "CLOSED" }), closedAt: { gte: new Date(`${from}T00:00:00.000Z`), lt: nextDay(to) } },
          select: { createdAt: true, firstActionAt: true, closedAt: true },
        });
  const firstAction = rows.map((r) => elapsedMs(r.createdAt, r.firstActionAt)).filter((ms): ms is number => ms !== null);
  const close = rows.map((r) => elapsedMs(r.createdAt, r.closedAt)).filter((ms): ms is number => ms !== null);
  return { from, to, closed: rows.length, firstAction: summarizeDurations(firstAction), close: summarizeDurations(close) };
}
