import Link from "next/link";
import type { IdeaListItem } from "@/lib/schemas/idea";
import { Chip, formatIdeaDay, IdeaStatusBadge, PROMPT_SHORT } from "./labels";
import { VoteButton } from "./vote-button";

/** The board's cards: the vote button beside each idea, big enough for a thumb. */
export function IdeaList({ ideas, voted }: { ideas: IdeaListItem[]; voted: Set<string> }) {
  return (
    <ul className="space-y-3">
      {ideas.map((idea) => (
        <li key={idea.id} data-testid="idea-card" className="flex gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <VoteButton ideaId={idea.id} title={idea.title} voted={voted.has(idea.id)} voteCount={idea.voteCount} />
          <div className="min-w-0 flex-1">
            <h3 className="text-base font-semibold text-slate-900">
              <Link href={`/ideas/${idea.id}`} className="hover:underline">
                {idea.title}
              </Link>
            </h3>
            <p className="mt-1 line-clamp-2 text-sm text-slate-700">{idea.excerpt}</p>
            <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
              <IdeaStatusBadge status={idea.status} />
              {idea.teamName ? <Chip>{idea.teamName}</Chip> : null}
              {idea.stageName ? <Chip>{idea.stageName}</Chip> : null}
              <Chip>{PROMPT_SHORT[idea.prompt]}</Chip>
              <span>
                {idea.anonymous ? "Anonymous" : idea.authorName} · {formatIdeaDay(idea.createdAt)} · {idea.commentCount === 1 ? "1 comment" : `${idea.commentCount} comments`}
              </span>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
