import Link from "next/link";
import { elapsedMs, formatDuration } from "@/core/follow-ups/durations";
import type { FollowUpSummary } from "@/lib/schemas/follow-up";
import { excerpt, ScoreBadge, StatusBadge } from "./labels";

function Age({ item, now }: { item: FollowUpSummary; now: Date }) {
  const opened = new Date(item.createdAt);
  if (item.closedAt) return <>Closed in {formatDuration(elapsedMs(opened, new Date(item.closedAt)) ?? 0)}</>;
  return (
    <>
      Opened <time dateTime={item.createdAt}>{formatDuration(elapsedMs(opened, now) ?? 0)} ago</time>
    </>
  );
}

/** One card per case: reads on a phone as well as on a laptop. */
export function FollowUpList({ items, now }: { items: FollowUpSummary[]; now: Date }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">No follow-up matches these filters.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.id} data-testid="follow-up-row" className="py-3">
          <div className="flex flex-wrap items-center gap-2">
            <ScoreBadge metric={item.metric} score={item.score} />
            <StatusBadge status={item.status} />
            <span className="text-sm font-medium text-slate-800">{item.teamName}</span>
          </div>
          <Link href={`/follow-ups/${item.id}`} className="mt-1 block break-words text-sm text-slate-900 hover:text-brand-700 hover:underline">
            “{excerpt(item.comment)}”
          </Link>
          <p className="mt-1 text-xs text-slate-600">
            <Age item={item} now={now} /> · {item.ownerName ? `Owner: ${item.ownerName}` : "No owner yet"}
          </p>
        </li>
      ))}
    </ul>
  );
}
