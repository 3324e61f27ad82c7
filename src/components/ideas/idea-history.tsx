import type { IdeaDetail } from "@/lib/schemas/idea";
import { formatIdeaDay, IdeaStatusBadge } from "./labels";

/** The status history, oldest first, starting from the submission: what happened, and why. */
export function IdeaHistory({ idea, showNames = true }: { idea: Pick<IdeaDetail, "history" | "createdAt">; showNames?: boolean }) {
  return (
    <ol className="space-y-4" data-testid="idea-history">
      <li className="text-sm text-slate-600">
        <span className="font-medium text-slate-900">Submitted</span> · {formatIdeaDay(idea.createdAt)}
      </li>
      {idea.history.map((change) => (
        <li key={change.id} className="border-l-2 border-brand-100 pl-3" data-testid="idea-history-item">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <IdeaStatusBadge status={change.toStatus} />
            <span className="text-slate-600">
              {formatIdeaDay(change.createdAt)}
              {showNames && change.changedByName ? ` · ${change.changedByName}` : ""}
            </span>
          </div>
          <p className="mt-1 whitespace-pre-line text-sm text-slate-900">{change.note}</p>
        </li>
      ))}
    </ol>
  );
}
