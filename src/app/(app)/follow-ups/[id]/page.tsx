import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignForm, NoteForm, StatusForms, TakeItButton } from "@/components/follow-ups/case-actions";
import { formatInstant, ScoreBadge, StatusBadge } from "@/components/follow-ups/labels";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDuration } from "@/core/follow-ups/durations";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { resolveFollowUpScope } from "@/server/follow-ups/follow-up-scope";
import { getFollowUp } from "@/server/follow-ups/get-follow-up";
import { listOwnerCandidates } from "@/server/follow-ups/owner-candidates";

export const metadata: Metadata = { title: "Follow-up" };

/** Another organization's case, or one outside the member's scope, is a 404 like a missing one. */
async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

const seconds = (s: number | null) => (s === null ? null : formatDuration(s * 1000));

export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember("followups:work");
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const actor = { userId: member.userId, role: member.role, teamId: member.teamId };
  const scope = await resolveFollowUpScope(db, { orgId: member.orgId, actor });
  const followUp = await orNotFound(() => getFollowUp(db, { orgId: member.orgId, actor, followUpId: id.data, scope }));
  const candidates = await listOwnerCandidates(db, { orgId: member.orgId, teamId: followUp.teamId, orgTeams: scope.orgTeams });
  const toFirst = seconds(followUp.timeToFirstActionSeconds);
  const toClose = seconds(followUp.timeToCloseSeconds);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/follow-ups" className="text-brand-700 hover:underline">
          ← All follow-ups
        </Link>
      </p>
      <PageHeader
        title={`Follow-up for ${followUp.teamName}`}
        description={<span className="flex flex-wrap items-center gap-2"><ScoreBadge metric={followUp.metric} score={followUp.score} /><StatusBadge status={followUp.status} /> {followUp.surveyTitle}</span>}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Card title="What the customer said">
            {followUp.comment ? <blockquote className="whitespace-pre-line break-words border-l-4 border-slate-200 pl-3 text-slate-900">{followUp.comment}</blockquote> : null}
            <dl className="mt-4 space-y-2 text-sm">
              {followUp.answers.map((a) => (
                <div key={a.questionId}>
                  <dt className="text-xs font-medium text-slate-500">{a.prompt}</dt>
                  <dd className="whitespace-pre-line break-words text-slate-900">{a.value}</dd>
                </div>
              ))}
              <div>
                <dt className="text-xs font-medium text-slate-500">Answered</dt>
                <dd>{followUp.submittedAt ? formatInstant(followUp.submittedAt) : "—"}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium text-slate-500">Team</dt>
                <dd>{followUp.teamName}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium text-slate-500">Customer</dt>
                <dd>
                  {followUp.respondentEmail ? (
                    <a href={`mailto:${followUp.respondentEmail}`} className="text-brand-700 hover:underline">
                      {followUp.respondentEmail}
                    </a>
                  ) : (
                    "Anonymous (answered through a public link, the widget or the API)"
                  )}
                </dd>
              </div>
            </dl>
          </Card>
          <Card title={`Notes (${followUp.notes.length})`}>
            {followUp.notes.length === 0 ? (
              <p className="mb-4 text-sm text-slate-600">No notes yet.</p>
            ) : (
              <ol className="mb-4 space-y-3">
                {followUp.notes.map((n) => (
                  <li key={n.id} data-testid="follow-up-note" className="rounded-md bg-slate-50 p-3 text-sm">
                    <p className="whitespace-pre-line break-words text-slate-900">{n.body}</p>
                    <p className="mt-1 text-xs text-slate-500">
                      {n.authorName ?? (n.authorId ? "A former member" : "Through the API")} · {formatInstant(n.createdAt)}
                    </p>
                  </li>
                ))}
              </ol>
            )}
            <NoteForm followUpId={followUp.id} />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="The case">
            <dl className="space-y-2 text-sm" data-testid="case-facts">
              <div className="flex justify-between gap-3">
                <dt className="text-slate-600">Opened</dt>
                <dd className="text-right">{formatInstant(followUp.createdAt)}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-slate-600">Owner</dt>
                <dd className="text-right" data-testid="case-owner">{followUp.ownerName ?? "Nobody yet"}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-slate-600">Time to first action</dt>
                <dd className="text-right" data-testid="case-time-to-first-action">{toFirst ?? "No action yet"}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt className="text-slate-600">Time to close</dt>
                <dd className="text-right" data-testid="case-time-to-close">{toClose ?? "Not closed"}</dd>
              </div>
              {followUp.outcome ? (
                <div>
                  <dt className="text-slate-600">Outcome</dt>
                  <dd className="whitespace-pre-line break-words text-slate-900" data-testid="case-outcome">{followUp.outcome}</dd>
                </div>
              ) : null}
            </dl>
          </Card>
          <Card title="Work the case">
            <div className="space-y-5">
              {followUp.ownerId !== member.userId ? <TakeItButton followUpId={followUp.id} /> : null}
              <AssignForm followUpId={followUp.id} ownerId={followUp.ownerId} candidates={candidates} />
              <StatusForms followUpId={followUp.id} status={followUp.status} />
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
