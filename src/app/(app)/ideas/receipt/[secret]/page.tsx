import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IdeaHistory } from "@/components/ideas/idea-history";
import { Chip, IdeaStatusBadge } from "@/components/ideas/labels";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { getIdeaByReceipt } from "@/server/ideas/receipt";

export const metadata: Metadata = { title: "Your anonymous idea", referrer: "no-referrer", robots: { index: false, follow: false } };

/**
 * An anonymous author's way back to their idea. The secret is matched by its hash; nothing
 * about the visit is written anywhere, so opening it links no one to the idea.
 */
export default async function ReceiptPage({ params }: { params: Promise<{ secret: string }> }) {
  const member = await requireMember("ideas:submit");
  const { secret } = await params;
  let idea;
  try {
    idea = await getIdeaByReceipt(db, { orgId: member.orgId, secret });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  return (
    <>
      <PageHeader title={idea.title} description="Your anonymous idea: its status and what was decided. Keep this link private." />
      <div className="max-w-2xl space-y-6">
        {idea.mergedInto ? (
          <Alert tone="info">
            It was merged into a similar idea,{" "}
            <Link href={`/ideas/${idea.mergedInto.id}`} className="font-medium underline">
              {idea.mergedInto.title}
            </Link>{" "}
            (now {idea.mergedInto.status.toLowerCase().replace("_", " ")}).
          </Alert>
        ) : null}
        <Card>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <IdeaStatusBadge status={idea.status} />
            {idea.teamName ? <Chip>{idea.teamName}</Chip> : null}
            <span className="text-slate-600">
              {idea.voteCount === 1 ? "1 vote" : `${idea.voteCount} votes`} · {idea.commentCount === 1 ? "1 comment" : `${idea.commentCount} comments`}
            </span>
          </div>
          <p className="mt-3 whitespace-pre-line text-sm text-slate-900">{idea.body}</p>
          <p className="mt-3 text-sm">
            <Link href={`/ideas/${idea.id}`} className="font-medium text-brand-700 hover:underline">
              Open it on the board
            </Link>
          </p>
        </Card>
        <Card title="What happened">
          <IdeaHistory idea={idea} />
        </Card>
      </div>
    </>
  );
}
