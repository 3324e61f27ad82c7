import Link from "next/link";
import { formatIdeaDay, IdeaStatusBadge } from "@/components/ideas/labels";
import type { CommitteeIdea } from "@/server/ideas/committee";

/** A compact table of ideas for the committee: it reads on a phone by scrolling sideways. */
export function IdeaTable({ ideas, show, testId }: { ideas: CommitteeIdea[]; show: "waiting" | "blockers"; testId: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3">Idea</th>
            <th scope="col" className="py-2 pr-3">Team</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2 pr-3 text-right">Votes</th>
            <th scope="col" className="py-2 text-right">{show === "blockers" ? "Unchanged for" : "Submitted"}</th>
          </tr>
        </thead>
        <tbody>
          {ideas.map((idea) => (
            <tr key={idea.id} className="agenda-row border-t border-slate-100">
              <td className="py-2 pr-3">
                <Link href={`/ideas/${idea.id}`} className="font-medium text-brand-700 hover:underline print:text-slate-900">
                  {idea.title}
                </Link>
              </td>
              <td className="py-2 pr-3 text-slate-600">{idea.teamName ?? "—"}</td>
              <td className="py-2 pr-3">
                <IdeaStatusBadge status={idea.status} />
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{idea.voteCount}</td>
              <td className="py-2 text-right tabular-nums">{show === "blockers" ? `${idea.stalledDays} days` : formatIdeaDay(idea.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
