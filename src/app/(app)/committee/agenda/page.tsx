import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/ideas/copy-button";
import { formatIdeaDay } from "@/components/ideas/labels";
import { buttonClass } from "@/components/ui/button";
import { COMMITTEE_PERIOD_LABELS } from "@/core/ideas/periods";
import { requireMember } from "@/server/auth/session";
import { CALL_MESSAGE, loadCommittee, parsePeriod } from "../committee-data";
import { IdeaTable } from "../idea-table";

export const metadata: Metadata = { title: "CX committee agenda" };

function Section({ n, title, children }: { n: number; title: string; children: React.ReactNode }) {
  return (
    <section className="agenda-section mt-6">
      <h2 className="border-b border-slate-300 pb-1 text-lg font-semibold text-slate-900">
        {n}. {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** The committee meeting's agenda, laid out for A4 (print rules in ../layout.tsx). */
export default async function AgendaPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember("committee:read");
  const period = parsePeriod((await searchParams).period);
  const { view, newIdeaUrl } = await loadCommittee(member, period);
  return (
    <div className="mx-auto max-w-[180mm] rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200 print:max-w-none print:p-0 print:shadow-none print:ring-0" data-testid="agenda">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/committee?period=${period}`} className={buttonClass("secondary")}>
          Back to the committee
        </Link>
        <PrintButton label="Print agenda" />
      </div>
      <header>
        <p className="text-sm uppercase tracking-wide text-slate-500">{view.orgName}</p>
        <h1 className="text-2xl font-semibold text-slate-900">CX committee — agenda</h1>
        <p className="text-sm text-slate-600">
          {formatIdeaDay(new Date())} · done: {COMMITTEE_PERIOD_LABELS[period].toLowerCase()}
          {view.scopedToTeams ? " · your teams' ideas" : ""}
        </p>
      </header>
      <Section n={1} title="Our mission">
        <p className="whitespace-pre-line text-slate-900">{view.mission ?? "No mission written yet."}</p>
      </Section>
      <Section n={2} title={`Celebrate what was done (${view.done.length})`}>
        {view.done.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing finished in this period.</p>
        ) : (
          <ul className="space-y-2">
            {view.done.map((idea) => (
              <li key={idea.id} className="agenda-row text-sm">
                <span className="font-medium">{idea.title}</span> — {idea.teamName ?? "no team"}, {idea.voteCount} {idea.voteCount === 1 ? "vote" : "votes"}
                {idea.note ? <span className="block text-slate-700">{idea.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section n={3} title={`Ideas waiting for review (${view.waitingTotal})`}>
        {view.waiting.length === 0 ? <p className="text-sm text-slate-600">Nothing waits for a decision.</p> : <IdeaTable ideas={view.waiting} show="waiting" testId="agenda-waiting" />}
      </Section>
      <Section n={4} title={`Blockers: unchanged for more than ${view.stallDays} days (${view.blockersTotal})`}>
        {view.blockers.length === 0 ? <p className="text-sm text-slate-600">Nothing is stuck.</p> : <IdeaTable ideas={view.blockers} show="blockers" testId="agenda-blockers" />}
      </Section>
      <Section n={5} title="Call for new ideas">
        <p className="text-sm text-slate-900">{CALL_MESSAGE}</p>
        <p className="mt-1 break-all font-mono text-sm">{newIdeaUrl}</p>
      </Section>
    </div>
  );
}
