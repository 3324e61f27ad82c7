import type { Metadata } from "next";
import Link from "next/link";
import { CallForIdeasForm, StallDaysForm } from "@/components/ideas/committee-forms";
import { formatIdeaDay } from "@/components/ideas/labels";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { COMMITTEE_PERIOD_LABELS, COMMITTEE_PERIODS } from "@/core/ideas/periods";
import { can } from "@/lib/roles";
import { requireMember } from "@/server/auth/session";
import { leadsCommittee } from "@/server/ideas/committee";
import { CALL_MESSAGE, loadCommittee, parsePeriod } from "./committee-data";
import { IdeaTable } from "./idea-table";

export const metadata: Metadata = { title: "CX committee" };

export default async function CommitteePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember("committee:read");
  const period = parsePeriod((await searchParams).period);
  const { view, newIdeaUrl } = await loadCommittee(member, period);
  const lead = leadsCommittee(member.role);
  const more = (shown: number, total: number) => (total > shown ? ` (showing ${shown} of ${total})` : "");

  return (
    <>
      <PageHeader
        title="CX committee"
        description={view.scopedToTeams ? "Your teams' ideas: what waits for a decision, what is stuck, and what to celebrate." : "What waits for a decision, what is stuck, and what to celebrate."}
        actions={
          <Link href={`/committee/agenda?period=${period}`} className={buttonClass("secondary")}>
            Printable agenda
          </Link>
        }
      />
      <div className="space-y-6">
        <Card title="Our CX mission" actions={can(member.role, "org:update") ? <Link href="/settings" className="text-sm font-medium text-brand-700 hover:underline">Edit in settings</Link> : undefined}>
          {view.mission ? (
            <p className="whitespace-pre-line text-base text-slate-900" data-testid="cx-mission">
              {view.mission}
            </p>
          ) : (
            <p className="text-sm text-slate-600">No mission written yet.{can(member.role, "org:update") ? " Write it in the organization's settings." : " An admin can write it in the settings."}</p>
          )}
        </Card>

        <Card title={`Waiting for review: ${view.waitingTotal}${more(view.waiting.length, view.waitingTotal)}`} description="New and under-review ideas, most votes first.">
          {view.waiting.length === 0 ? <p className="text-sm text-slate-600">Nothing waits for a decision.</p> : <IdeaTable ideas={view.waiting} show="waiting" testId="committee-waiting" />}
        </Card>

        <Card
          title={`Blockers: ${view.blockersTotal}${more(view.blockers.length, view.blockersTotal)}`}
          description={`Open ideas whose status hasn't changed for more than ${view.stallDays} ${view.stallDays === 1 ? "day" : "days"}, longest first.`}
        >
          <div className="space-y-4">
            {view.blockers.length === 0 ? <p className="text-sm text-slate-600">Nothing is stuck.</p> : <IdeaTable ideas={view.blockers} show="blockers" testId="committee-blockers" />}
            {lead ? <StallDaysForm stallDays={view.stallDays} /> : null}
          </div>
        </Card>

        <Card title="Done — let's celebrate" description={`${COMMITTEE_PERIOD_LABELS[period]}: ideas that became real, with the note that closed the loop.`}>
          <nav aria-label="Period" className="mb-4 flex flex-wrap gap-2">
            {COMMITTEE_PERIODS.map((p) => (
              <Link
                key={p}
                href={`/committee?period=${p}`}
                aria-current={p === period ? "page" : undefined}
                className={`rounded-full px-3 py-1 text-sm ring-1 ring-inset ${p === period ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
              >
                {COMMITTEE_PERIOD_LABELS[p]}
              </Link>
            ))}
          </nav>
          {view.done.length === 0 ? (
            <p className="text-sm text-slate-600">Nothing finished in this period yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="committee-done">
              {view.done.map((idea) => (
                <li key={idea.id} className="py-3">
                  <Link href={`/ideas/${idea.id}`} className="font-medium text-slate-900 hover:underline">
                    {idea.title}
                  </Link>
                  {idea.note ? <p className="mt-1 text-sm text-slate-700">{idea.note}</p> : null}
                  <p className="mt-1 text-xs text-slate-500">
                    {idea.teamName ?? "No team"} · {idea.voteCount === 1 ? "1 vote" : `${idea.voteCount} votes`} · done {formatIdeaDay(idea.statusChangedAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title="Call for new ideas" description={lead ? "Copy it into a team chat, or send it to every member's inbox." : "Copy it into your team's chat."}>
          <CallForIdeasForm defaultMessage={CALL_MESSAGE} link={newIdeaUrl} canNotify={lead} />
        </Card>
      </div>
    </>
  );
}
