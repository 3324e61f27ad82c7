import type { Metadata } from "next";
import Link from "next/link";
import { FollowUpFilters } from "@/components/follow-ups/follow-up-filters";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { FollowUpTimesCard } from "@/components/follow-ups/follow-up-times";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { listFollowUpsQuerySchema } from "@/lib/schemas/follow-up";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { readFollowUpSearch, followUpSearch } from "@/server/follow-ups/read-follow-up-search";
import { resolveFollowUpScope, selectableTeams } from "@/server/follow-ups/follow-up-scope";
import { getFollowUpTimes, listFollowUps } from "@/server/follow-ups/list-follow-ups";

export const metadata: Metadata = { title: "Follow-ups" };

const PAGE_SIZE = 25;

/**
 * Closing the loop: the cases opened by detractors and dissatisfied customers who left a
 * comment, in the member's scope (CX leaders and admins everywhere, managers their subtree,
 * frontline staff their own team), oldest open first; and how fast cases get a first action
 * and get closed.
 */
export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember("followups:work");
  const actor = { userId: member.userId, role: member.role, teamId: member.teamId };
  const scope = await resolveFollowUpScope(db, { orgId: member.orgId, actor });
  const teams = selectableTeams(scope);
  const search = readFollowUpSearch(await searchParams, { userId: member.userId, teamIds: new Set(teams.map((t) => t.id)), today: new Date() });
  const { filters, period, offset } = search;
  const [list, times] = await Promise.all([
    listFollowUps(db, { orgId: member.orgId, actor, scope, query: listFollowUpsQuerySchema.parse({ ...filters, limit: PAGE_SIZE, offset }) }),
    getFollowUpTimes(db, { orgId: member.orgId, actor, scope, filters: { teamId: filters.teamId, owner: filters.owner, metric: filters.metric }, ...period }),
  ]);
  const href = (nextOffset: number) => `/follow-ups${followUpSearch(search, { offset: nextOffset })}`;
  return (
    <>
      <PageHeader
        title="Follow-ups"
        description="Every detractor (NPS 0–6) and dissatisfied customer (CSAT 1–2) who left a comment opens a case for the team that served them. Take one, call or write back, and close the loop."
      />
      <div className="space-y-6">
        {scope.teamIds !== null && scope.teamIds.size === 0 ? (
          <Alert tone="info">You are not in a team yet, so no follow-ups are yours to work. An administrator can add you to your team in Members.</Alert>
        ) : null}
        <FollowUpFilters search={search} teams={teams} />
        <FollowUpTimesCard times={times} />
        <Card title={`${list.total === 1 ? "1 case" : `${list.total} cases`}`} description="Cases still open first, oldest first; then closed ones, most recently closed first.">
          <FollowUpList items={list.followUps} now={search.now} />
          {list.total > PAGE_SIZE ? (
            <nav aria-label="Pages of follow-ups" className="mt-4 flex justify-between gap-3">
              {offset > 0 ? (
                <Link className={buttonClass("secondary")} href={href(Math.max(0, offset - PAGE_SIZE))}>
                  ← Previous
                </Link>
              ) : (
                <span />
              )}
              {list.nextOffset !== null ? (
                <Link className={buttonClass("secondary")} href={href(list.nextOffset)}>
                  Next →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </Card>
      </div>
    </>
  );
}
