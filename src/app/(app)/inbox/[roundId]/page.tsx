import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerForm } from "@/components/answering/answer-form";
import { Alert } from "@/components/ui/alert";
import { idSchema } from "@/lib/schemas/common";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { formatDay, lastDayOf } from "@/server/pulses/format-day";
import { ALREADY_ANSWERED_MESSAGE, loadPulseForm, NO_TEAM_MESSAGE } from "@/server/pulses/load-pulse-round";
import { answerPulseAction } from "../actions";

export const metadata: Metadata = { title: "Answer a pulse" };

function BackToInbox() {
  return (
    <p className="mb-2 text-sm">
      <Link href="/inbox" className="text-brand-700 hover:underline">
        ← Inbox
      </Link>
    </p>
  );
}

/** A pulse round, answered with the same form (and the same checks) as the public answering page. */
export default async function AnswerPulsePage({ params }: { params: Promise<{ roundId: string }> }) {
  const member = await requireMember("pulses:answer");
  const roundId = idSchema.safeParse((await params).roundId);
  if (!roundId.success) notFound();
  const form = await loadPulseForm(db, { member: { orgId: member.orgId, userId: member.userId, teamId: member.teamId }, roundId: roundId.data, now: new Date() });
  // Closed, another organization's, or not for the member's team: the same 404 for all.
  if (form.state === "not_open") notFound();
  if (form.state !== "open") {
    return (
      <>
        <BackToInbox />
        <Alert tone="info">{form.state === "answered" ? `${ALREADY_ANSWERED_MESSAGE}. Thank you!` : NO_TEAM_MESSAGE}</Alert>
      </>
    );
  }
  const { pulse, questions } = form;
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <header>
        <BackToInbox />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{pulse.title}</h1>
        {pulse.description ? <p className="mt-2 text-base text-slate-700">{pulse.description}</p> : null}
        <p className="mt-2 text-sm text-slate-700">
          Open until {formatDay(lastDayOf(pulse.closesAt))}. Your answer is anonymous: it is stored without your name, with only the day, and apart from
          the record that you took part (which only stops a second answer and counts participation).
        </p>
      </header>
      <AnswerForm token={pulse.roundId} questions={questions} action={answerPulseAction} alreadyAnswered={false} />
    </div>
  );
}
