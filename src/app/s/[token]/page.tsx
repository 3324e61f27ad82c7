import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnswerForm } from "@/components/answering/answer-form";
import { ANSWERED_COOKIE, hasAnswered } from "@/server/answering/answered-cookie";
import { loadAnsweringForm } from "@/server/answering/load-answering-form";
import { db } from "@/server/db";
import { submitAnswersAction } from "./actions";

type Props = { params: Promise<{ token: string }> };

// Metadata and the page read the same form: once per request.
const load = cache((token: string) => loadAnsweringForm(db, { token }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const form = await load((await params).token);
  // Links are shared with customers, not with search engines.
  return { title: form.state === "open" ? form.survey.title : "Survey not available", robots: { index: false, follow: false } };
}

export default async function AnswerPage({ params }: Props) {
  const { token } = await params;
  const form = await load(token);
  if (form.state !== "open") notFound();
  const answered = hasAnswered((await cookies()).get(ANSWERED_COOKIE)?.value, token);
  const anyRequired = form.questions.some((q) => q.required);
  return (
    <div className="space-y-5">
      <header>
        <p className="text-sm font-medium text-brand-700">{form.teamName}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{form.survey.title}</h1>
        {form.survey.description ? <p className="mt-2 text-base text-slate-700">{form.survey.description}</p> : null}
        {form.survey.audience === "EMPLOYEE" ? (
          <p className="mt-2 text-sm text-slate-700">Your answer is anonymous: no name is asked or kept, and only the day you answered is stored.</p>
        ) : null}
        {anyRequired && !answered ? (
          <p className="mt-2 text-sm text-slate-600">
            Questions marked <span aria-hidden="true">*</span>
            <span className="sr-only">required</span> need an answer.
          </p>
        ) : null}
      </header>
      <AnswerForm token={token} questions={form.questions} action={submitAnswersAction} alreadyAnswered={answered} />
    </div>
  );
}
