import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { nextStatuses } from "@/core/ideas/transitions";
import { CommentForm } from "@/components/ideas/comment-form";
import { FollowButton } from "@/components/ideas/follow-button";
import { IdeaHistory } from "@/components/ideas/idea-history";
import { Chip, formatIdeaDay, IdeaStatusBadge } from "@/components/ideas/labels";
import { MergeForm } from "@/components/ideas/merge-form";
import { StatusForm } from "@/components/ideas/status-form";
import { VoteButton } from "@/components/ideas/vote-button";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/roles";
import { idSchema } from "@/lib/schemas/common";
import { IDEA_PROMPT_TEXT } from "@/lib/schemas/idea";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { getIdea, getIdeaViewerState } from "@/server/ideas/get-idea";
import { listMergeTargets } from "@/server/ideas/merge-targets";
import { inReviewScope, reviewTeamIds } from "@/server/ideas/review-scope";

export const metadata: Metadata = { title: "Idea" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(orgId: string, ideaId: string) {
  try {
    return await getIdea(db, { orgId, ideaId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function IdeaPage({ params, searchParams }: Props) {
  const member = await requireMember("ideas:submit");
  const { id } = await params;
  if (!idSchema.safeParse(id).success) notFound();
  const [idea, viewer, sp] = await Promise.all([load(member.orgId, id), getIdeaViewerState(db, { orgId: member.orgId, ideaId: id, userId: member.userId }), searchParams]);
  const scope = can(member.role, "ideas:review") ? await reviewTeamIds(db, { orgId: member.orgId, member }) : undefined;
  const canReview = scope !== undefined && inReviewScope(scope, idea.teamId) && idea.mergedInto === null;
  const targets = canReview ? await listMergeTargets(db, { orgId: member.orgId, ideaId: idea.id, teamIds: scope }) : [];

  return (
    <>
      <PageHeader
        title={idea.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <IdeaStatusBadge status={idea.status} />
            {idea.teamName ? <Chip>{idea.teamName}</Chip> : null}
            {idea.stageName ? <Chip>Stage: {idea.stageName}</Chip> : null}
            <span data-testid="idea-author">{idea.anonymous ? "Anonymous" : idea.authorName}</span>
            <span>· {formatIdeaDay(idea.createdAt)}</span>
          </span>
        }
        actions={
          <Link href="/ideas" className="text-sm font-medium text-brand-700 hover:underline">
            All ideas
          </Link>
        }
      />
      <div className="space-y-6">
        {sp.submitted === "1" ? <Alert tone="success">Thank you! Your idea is on the board. You&rsquo;ll be told when its status changes.</Alert> : null}
        {sp.merged === "1" ? <Alert tone="success">Merged: the duplicate&rsquo;s votes and followers are on this idea now.</Alert> : null}
        {idea.mergedInto ? (
          <Alert tone="info">
            This idea was merged into{" "}
            <Link href={`/ideas/${idea.mergedInto.id}`} className="font-medium underline">
              {idea.mergedInto.title}
            </Link>
            : vote, comment and follow there.
          </Alert>
        ) : null}
        <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
          <div className="space-y-6">
            <Card>
              <div className="flex gap-4">
                {idea.mergedInto ? null : <VoteButton ideaId={idea.id} title={idea.title} voted={viewer.voted} voteCount={idea.voteCount} />}
                <div className="min-w-0 flex-1 space-y-3">
                  <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{IDEA_PROMPT_TEXT[idea.prompt]}</p>
                  <p className="whitespace-pre-line text-sm text-slate-900" data-testid="idea-body">
                    {idea.body}
                  </p>
                  {idea.mergedInto ? null : <FollowButton ideaId={idea.id} following={viewer.following} />}
                </div>
              </div>
            </Card>
            <Card title={idea.commentCount === 1 ? "1 comment" : `${idea.commentCount} comments`}>
              {idea.comments.length === 0 ? (
                <p className="text-sm text-slate-600">No comments yet.</p>
              ) : (
                <ul className="mb-5 divide-y divide-slate-100">
                  {idea.comments.map((c) => (
                    <li key={c.id} className="py-3" data-testid="idea-comment">
                      <p className="text-xs text-slate-500">
                        <span className="font-medium text-slate-800">{c.authorName}</span> · {formatIdeaDay(c.createdAt)}
                      </p>
                      <p className="mt-1 whitespace-pre-line text-sm text-slate-900">{c.body}</p>
                    </li>
                  ))}
                </ul>
              )}
              {idea.mergedInto ? null : <CommentForm ideaId={idea.id} />}
            </Card>
          </div>
          <div className="space-y-6">
            <Card title="What happened">
              <IdeaHistory idea={idea} />
            </Card>
            {idea.mergedFrom.length > 0 ? (
              <Card title="Merged into this idea">
                <ul className="space-y-1 text-sm">
                  {idea.mergedFrom.map((m) => (
                    <li key={m.id}>
                      <Link href={`/ideas/${m.id}`} className="text-brand-700 hover:underline">
                        {m.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </Card>
            ) : null}
            {canReview ? (
              <>
                <Card title="Change the status" description="The author and everyone who voted or follows will be told, with your note.">
                  <StatusForm ideaId={idea.id} next={nextStatuses(idea.status)} />
                </Card>
                <Card title="Merge a duplicate">
                  <MergeForm ideaId={idea.id} targets={targets} />
                </Card>
              </>
            ) : null}
          </div>
        </div>
      </div>
    </>
  );
}
