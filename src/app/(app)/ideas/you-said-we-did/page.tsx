import type { Metadata } from "next";
import Link from "next/link";
import { Chip, formatIdeaDay, IdeaStatusBadge } from "@/components/ideas/labels";
import { Card, PageHeader } from "@/components/ui/card";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { listYouSaidWeDid, type YouSaidWeDidItem } from "@/server/ideas/you-said-we-did";

export const metadata: Metadata = { title: "You said, we did" };

const PERIODS = { "30d": { label: "Last 30 days", days: 30 }, "90d": { label: "Last 90 days", days: 90 }, "12m": { label: "Last 12 months", days: 365 }, all: { label: "All time", days: null } } as const;
type PeriodKey = keyof typeof PERIODS;
const DAY_MS = 24 * 3600 * 1000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

function Items({ items, empty }: { items: YouSaidWeDidItem[]; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.ideaId} className="py-4" data-testid="we-did-item">
          <div className="flex flex-wrap items-center gap-2">
            <IdeaStatusBadge status={item.status} />
            <Link href={`/ideas/${item.ideaId}`} className="font-semibold text-slate-900 hover:underline">
              {item.title}
            </Link>
          </div>
          {item.note ? <p className="mt-2 whitespace-pre-line text-sm text-slate-900">{item.note}</p> : null}
          <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
            {item.teamName ? <Chip>{item.teamName}</Chip> : null}
            <span>
              {item.voteCount === 1 ? "1 vote" : `${item.voteCount} votes`} · {formatIdeaDay(item.changedAt)}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** What changed because employees spoke up: every member can read it. */
export default async function YouSaidWeDidPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember("ideas:submit");
  const raw = (await searchParams).period;
  const period: PeriodKey = typeof raw === "string" && raw in PERIODS ? (raw as PeriodKey) : "90d";
  const days = PERIODS[period].days;
  const since = days === null ? null : daysBefore(new Date(), days);
  const [done, onTheWay] = await Promise.all([
    listYouSaidWeDid(db, { orgId: member.orgId, statuses: ["DONE"], since }),
    listYouSaidWeDid(db, { orgId: member.orgId, statuses: ["PLANNED", "IN_PROGRESS"], since }),
  ]);
  return (
    <>
      <PageHeader
        title="You said, we did"
        description="What changed because someone on the front line spoke up, in the words of the people who made it happen."
        actions={
          <Link href="/ideas" className="text-sm font-medium text-brand-700 hover:underline">
            All ideas
          </Link>
        }
      />
      <nav aria-label="Period" className="mb-4 flex flex-wrap gap-2">
        {(Object.keys(PERIODS) as PeriodKey[]).map((key) => (
          <Link
            key={key}
            href={`/ideas/you-said-we-did?period=${key}`}
            aria-current={key === period ? "page" : undefined}
            className={`rounded-full px-3 py-1 text-sm ring-1 ring-inset ${key === period ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
          >
            {PERIODS[key].label}
          </Link>
        ))}
      </nav>
      <div className="space-y-6">
        <Card title={`Done (${done.length})`}>
          <Items items={done} empty="Nothing finished in this period yet." />
        </Card>
        <Card title={`On the way (${onTheWay.length})`} description="Planned or being worked on.">
          <Items items={onTheWay} empty="Nothing planned or underway that moved in this period." />
        </Card>
      </div>
    </>
  );
}
