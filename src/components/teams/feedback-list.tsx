import { ScoreBadge } from "@/components/follow-ups/labels";
import type { FeedbackItem } from "@/server/team-page/get-team-page";
import { SendKudosForm } from "./send-kudos-form";

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Recent customer comments about the team (its subtree); customers only, never employees. */
export function FeedbackList({ items, showTeam }: { items: FeedbackItem[]; showTeam: boolean }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">No customer comments about this team yet.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((f) => (
        <li key={f.responseId} data-testid="feedback" className="py-3">
          <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <ScoreBadge metric={f.metric} score={f.score} />
            {showTeam ? <span className="font-medium text-slate-700">{f.teamName}</span> : null}
            <time dateTime={f.submittedAt.toISOString()}>{when.format(f.submittedAt)}</time>
            {f.kudosSent ? <span className="font-medium text-emerald-700">Passed on as kudos</span> : null}
          </p>
          <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-900">{f.comment}</p>
          {f.canSendKudos ? <SendKudosForm responseId={f.responseId} teamName={f.teamName} /> : null}
        </li>
      ))}
    </ul>
  );
}
