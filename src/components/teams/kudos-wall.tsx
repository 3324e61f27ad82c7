import type { KudosItem } from "@/server/kudos/send-kudos";
import { ScoreBadge } from "@/components/follow-ups/labels";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Praise passed on to the team, newest first: the customer's words and the sender's message. */
export function KudosWall({ items, showTeam }: { items: KudosItem[]; showTeam: boolean }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">No kudos yet. When a customer praises the team, a manager or CX leader can pass it on here.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {items.map((k) => (
        <li key={k.id} data-testid="kudos" className="rounded-lg bg-emerald-50 p-4 ring-1 ring-inset ring-emerald-200">
          <p className="whitespace-pre-line break-words text-slate-900">“{k.comment}”</p>
          {k.message ? (
            <p className="mt-2 whitespace-pre-line break-words text-sm text-emerald-900">
              {k.message}
              {k.senderName ? <span className="text-emerald-800"> — {k.senderName}</span> : null}
            </p>
          ) : k.senderName ? (
            <p className="mt-2 text-sm text-emerald-800">Passed on by {k.senderName}</p>
          ) : null}
          <p className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <ScoreBadge metric={k.metric} score={k.score} />
            {showTeam ? <span>{k.teamName}</span> : null}
            <time dateTime={k.createdAt.toISOString()}>{day.format(k.createdAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
