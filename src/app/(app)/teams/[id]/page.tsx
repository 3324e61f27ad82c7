import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TeamTrends } from "@/components/dashboard/team-trends";
import { excerpt, ScoreBadge, StatusBadge } from "@/components/follow-ups/labels";
import { IdeaStatusBadge } from "@/components/ideas/labels";
import { FeedbackList } from "@/components/teams/feedback-list";
import { KudosWall } from "@/components/teams/kudos-wall";
import { Card } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/roles";
import { idSchema } from "@/lib/schemas/common";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { listTopIdeas } from "@/server/ideas/list-top-ideas";
import { getTeamPage } from "@/server/team-page/get-team-page";

export const metadata: Metadata = { title: "Team" };

const TOP_IDEAS = 5;

/** A team outside the member's reach, or another organization's, is a 404 like a missing one. */
async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/**
 * A team's page, where its people work: what customers said about it, the praise passed on,
 * its open follow-ups, its top ideas and its CX and EX trends.
 */
export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember("teams:read");
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const team = await orNotFound(() => getTeamPage(db, { member: { orgId: member.orgId, userId: member.userId, role: member.role, teamId: member.teamId }, teamId: id.data }));
  const ideas = await listTopIdeas(db, { orgId: member.orgId, teamIds: team.subtreeIds, take: TOP_IDEAS });
  const hasChildren = team.childCount > 0;

  return (
    <>
      <div className="mb-6">
        {team.parents.length > 0 ? (
          <nav aria-label="Team hierarchy" className="text-sm text-slate-600">
            <ol className="flex flex-wrap items-center gap-1">
              {team.parents.map((p) => (
                <li key={p.id} className="flex items-center gap-1">
                  <span>{p.name}</span>
                  <span aria-hidden>›</span>
                </li>
              ))}
              <li aria-current="page" className="font-medium text-slate-800">
                {team.team.name}
              </li>
            </ol>
          </nav>
        ) : null}
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{team.team.name}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          What customers say about {hasChildren ? "this team and the teams under it" : "this team"}, the praise passed on to it, and its ideas.
          {member.teamId === team.team.id ? " This is your team." : ""}
        </p>
      </div>
      <div className="space-y-6">
        <Card title="Kudos wall" description="Customers' praise, passed on to the team.">
          <KudosWall items={team.kudos} showTeam={hasChildren} />
        </Card>
        <Card title="What customers say" description="The latest customer comments attributed to this team. Employee answers never appear here.">
          <FeedbackList items={team.feedback} showTeam={hasChildren} />
        </Card>
        {team.followUps ? (
          <Card
            title={`Open follow-ups (${team.followUps.total})`}
            description="Detractors and dissatisfied customers who left a comment, oldest first."
            actions={
              can(member.role, "followups:work") ? (
                <Link href="/follow-ups" className="text-sm font-medium text-brand-700 hover:underline">
                  All follow-ups
                </Link>
              ) : undefined
            }
          >
            {team.followUps.items.length === 0 ? (
              <p className="text-sm text-slate-600">No open follow-up. The loop is closed.</p>
            ) : (
              <ul className="divide-y divide-slate-200">
                {team.followUps.items.map((f) => (
                  <li key={f.id} className="py-2">
                    <p className="flex flex-wrap items-center gap-2">
                      <ScoreBadge metric={f.metric} score={f.score} />
                      <StatusBadge status={f.status} />
                      <span className="text-xs text-slate-600">{f.ownerName ? `Owner: ${f.ownerName}` : "No owner yet"}</span>
                    </p>
                    <Link href={`/follow-ups/${f.id}`} className="mt-1 block break-words text-sm text-slate-900 hover:text-brand-700 hover:underline">
                      “{excerpt(f.comment)}”
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
        <Card
          title="Top ideas"
          description="The team's most supported ideas from the front line."
          actions={
            <Link href="/ideas/new" className="text-sm font-medium text-brand-700 hover:underline">
              Share an idea
            </Link>
          }
        >
          {ideas.length === 0 ? (
            <p className="text-sm text-slate-600">No ideas from this team yet.</p>
          ) : (
            <ol className="divide-y divide-slate-200">
              {ideas.map((idea) => (
                <li key={idea.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link href={`/ideas/${idea.id}`} className="min-w-0 break-words text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {idea.title}
                  </Link>
                  <span className="flex items-center gap-2 text-xs text-slate-600">
                    <IdeaStatusBadge status={idea.status} />
                    <span className="tabular-nums">{idea.voteCount === 1 ? "1 vote" : `${idea.voteCount} votes`}</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Card>
        <TeamTrends member={{ orgId: member.orgId, role: member.role, teamId: member.teamId }} teamId={team.team.id} />
      </div>
    </>
  );
}
