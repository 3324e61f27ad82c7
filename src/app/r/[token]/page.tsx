import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnswerForm } from "@/components/answering/answer-form";
import { AnsweredNotice } from "@/components/answering/answered-notice";
import { db } from "@/server/db";
import { loadOpenPersonalLink, type OpenPersonalLink } from "@/server/personal-links/load-personal-link";
import { submitPersonalAnswersAction } from "./actions";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ score?: string | string[] }> };

// Metadata and the page read the same link: once per request.
const load = cache((token: string) => loadOpenPersonalLink(db, { token, now: new Date() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await load((await params).token);
  // A personal link is for one person, never for search engines.
  return { title: view.view === "form" ? view.survey.title : "Survey", robots: { index: false, follow: false } };
}

/** The score the person clicked in the email, when it is one of the headline's. */
function clickedScore(link: OpenPersonalLink, raw: string | string[] | undefined): string | null {
  const scale = link.headline?.scale;
  if (typeof raw !== "string" || !scale || !/^\d{1,2}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= scale.min && value <= scale.max ? String(value) : null;
}

function RecordedNotice({ recorded, clicked }: { recorded: number | null; clicked: string | null }) {
  if (recorded === null) return null;
  const words =
    clicked === null || clicked === String(recorded)
      ? `Thank you: your score of ${recorded} is recorded. You can change it below and tell us a little more.`
      : `Your first answer, ${recorded}, is recorded. Send your answers below to change it to ${clicked}.`;
  return (
    <p role="status" className="rounded-md bg-emerald-50 px-4 py-3 text-base text-emerald-900 ring-1 ring-inset ring-emerald-200">
      {words}
    </p>
  );
}

/**
 * A personal link's survey: the whole survey, with the score clicked in the email (or recorded
 * earlier) already chosen. Sending it completes the response and spends the link.
 */
export default async function PersonalLinkPage({ params, searchParams }: Props) {
  const { token } = await params;
  const view = await load(token);
  if (view.view === "not_found") notFound();
  if (view.view === "answered") {
    return (
      <div className="space-y-5">
        <h1 className="sr-only">Survey</h1>
        <AnsweredNotice outcome="already_answered" />
      </div>
    );
  }
  const clicked = clickedScore(view, (await searchParams).score);
  const initialValues = { ...view.recorded?.values, ...(view.headline && clicked !== null ? { [view.headline.id]: clicked } : {}) };
  const anyRequired = view.questions.some((q) => q.required);
  return (
    <div className="space-y-5">
      <header>
        <p className="text-sm font-medium text-brand-700">{view.teamName}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{view.survey.title}</h1>
        {view.survey.description ? <p className="mt-2 text-base text-slate-700">{view.survey.description}</p> : null}
        {anyRequired ? (
          <p className="mt-2 text-sm text-slate-600">
            Questions marked <span aria-hidden="true">*</span>
            <span className="sr-only">required</span> need an answer.
          </p>
        ) : null}
      </header>
      <RecordedNotice recorded={view.recorded?.score ?? null} clicked={clicked} />
      <AnswerForm token={token} questions={view.questions} action={submitPersonalAnswersAction} alreadyAnswered={false} initialValues={initialValues} />
    </div>
  );
}
