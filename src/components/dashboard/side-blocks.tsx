/**
 * The dashboard's lists: the journey strip (coloured by the journey map's own scale, imported
 * from components/journeys), the top ideas and the open follow-ups.
 */
import Link from "next/link";
import { describeFigure } from "@/components/journeys/stage-figure";
import { dashboardSearch, type DashboardFilters } from "@/lib/schemas/dashboard";
import { IDEA_STATUS_LABELS } from "@/lib/schemas/idea";
import type { OpenFollowUp } from "@/server/follow-ups/list-open-follow-ups";
import type { IdeaSummary } from "@/server/ideas/list-top-ideas";
import type { JourneyStrip } from "@/server/dashboard/load-journey-strip";
import { dayLabel } from "./format";

const NEUTRAL = "bg-slate-50 ring-slate-200 text-slate-700";
const panel = "min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200";

export function JourneyStripPanel({ strip, filters, window }: { strip: JourneyStrip; filters: DashboardFilters; window: { from: string; to: string } }) {
  return (
    <section aria-labelledby="journey-heading" className={panel} data-testid="journey-strip">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="journey-heading" className="text-base font-semibold text-slate-900">
          {strip.name ? `Journey: ${strip.name}` : "Customer journey"}
        </h2>
        {strip.journeyId ? (
          <Link href={`/journeys/${strip.journeyId}?from=${window.from}&to=${window.to}${filters.teamId ? `&teamId=${filters.teamId}` : ""}`} className="text-sm text-brand-700 hover:underline">
            Open the map
          </Link>
        ) : null}
      </div>
      {strip.journeys.length > 1 ? (
        <nav aria-label="Journeys" className="mt-2 flex flex-wrap gap-1">
          {strip.journeys.map((j) => (
            <Link
              key={j.id}
              href={`/dashboard${dashboardSearch(filters, { journeyId: j.id })}`}
              aria-current={j.id === strip.journeyId ? "true" : undefined}
              scroll={false}
              className={`rounded-md px-2 py-0.5 text-xs ring-1 ring-inset ${j.id === strip.journeyId ? "bg-brand-600 text-white ring-brand-600" : "text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
            >
              {j.name}
            </Link>
          ))}
        </nav>
      ) : null}
      {strip.journeyId === undefined ? (
        <p className="mt-2 text-sm text-slate-600">
          No customer journey yet. <Link href="/journeys" className="text-brand-700 underline">Map one</Link> to see its stages scored here.
        </p>
      ) : strip.stages.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">This journey has no stages yet.</p>
      ) : (
        <ol className="mt-3 flex gap-2 overflow-x-auto pb-1" aria-label="Stages in order">
          {strip.stages.map((stage) => {
            const { text, band } = describeFigure(stage.figure);
            return (
              <li key={stage.id} className={`min-w-32 flex-1 rounded-md px-2 py-1.5 text-xs ring-1 ring-inset ${band?.className ?? NEUTRAL}`} data-testid="journey-stage">
                <span className="block font-medium">{stage.name}</span>
                <span className="block tabular-nums">{text}</span>
                {band ? <span className="block">{band.label}</span> : null}
              </li>
            );
          })}
        </ol>
      )}
      <p className="mt-2 text-xs text-slate-600">Colours: weak, fair, good, strong, as on the journey map; the band is always written out.</p>
    </section>
  );
}

export function TopIdeas({ ideas }: { ideas: IdeaSummary[] }) {
  return (
    <section aria-labelledby="ideas-heading" className={panel} data-testid="top-ideas">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="ideas-heading" className="text-base font-semibold text-slate-900">
          Top ideas
        </h2>
        <Link href="/ideas" className="text-sm text-brand-700 hover:underline">
          All ideas
        </Link>
      </div>
      {ideas.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No ideas from these teams yet.</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm">
          {ideas.map((idea) => (
            <li key={idea.id} className="flex items-start justify-between gap-3">
              <span className="min-w-0">
                <Link href={`/ideas/${idea.id}`} className="font-medium text-brand-700 hover:underline">
                  {idea.title}
                </Link>
                <span className="block text-xs text-slate-600">
                  {IDEA_STATUS_LABELS[idea.status]}
                  {idea.teamName ? ` · ${idea.teamName}` : ""} · {idea.commentCount} {idea.commentCount === 1 ? "comment" : "comments"}
                </span>
              </span>
              <span className="shrink-0 text-xs tabular-nums text-slate-700">
                {idea.voteCount} {idea.voteCount === 1 ? "vote" : "votes"}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function OpenFollowUps({ data }: { data: { items: OpenFollowUp[]; total: number } }) {
  return (
    <section aria-labelledby="followups-heading" className={panel} data-testid="open-follow-ups">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="followups-heading" className="text-base font-semibold text-slate-900">
          Open follow-ups <span className="font-normal text-slate-600">({data.total})</span>
        </h2>
        <Link href="/follow-ups" className="text-sm text-brand-700 hover:underline">
          All follow-ups
        </Link>
      </div>
      {data.items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No customer is waiting for a reply.</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm">
          {data.items.map((f) => (
            <li key={f.id}>
              <Link href={`/follow-ups/${f.id}`} className="font-medium text-brand-700 hover:underline">
                {f.metric} {f.score ?? "—"} · {f.teamName}
              </Link>
              <span className="block text-xs text-slate-600">
                {f.status === "IN_PROGRESS" ? "In progress" : "Open"} since {dayLabel(f.createdAt.toISOString().slice(0, 10))}
                {f.ownerName ? ` · ${f.ownerName}` : " · no owner yet"}
              </span>
              {f.comment ? <span className="line-clamp-2 block text-xs text-slate-700">“{f.comment}”</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
