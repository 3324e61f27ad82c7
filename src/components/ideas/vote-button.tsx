"use client";

import { useActionState } from "react";
import { voteIdeaAction } from "@/app/(app)/ideas/actions";

/**
 * One vote per member: the button toggles between voting and taking the vote back; the count
 * shown is the server's after the change, so a double click can't show two votes.
 */
export function VoteButton({ ideaId, title, voted, voteCount, disabled = false }: { ideaId: string; title: string; voted: boolean; voteCount: number; disabled?: boolean }) {
  const [state, action, pending] = useActionState(voteIdeaAction, null);
  const current = state?.ok && state.data ? state.data : { voted, voteCount };
  const error = state && !state.ok ? state.message : null;
  return (
    <form action={action} className="flex flex-col items-center">
      <input type="hidden" name="ideaId" value={ideaId} />
      <input type="hidden" name="vote" value={current.voted ? "0" : "1"} />
      <button
        type="submit"
        disabled={pending || disabled}
        aria-pressed={current.voted}
        aria-label={`${current.voted ? "Remove your vote for" : "Vote for"} ${title}`}
        data-testid="vote-button"
        className={`flex min-h-14 min-w-14 flex-col items-center justify-center rounded-md px-2 py-1 text-sm font-medium ring-1 ring-inset transition disabled:cursor-not-allowed disabled:opacity-70 ${
          current.voted ? "bg-brand-600 text-white ring-brand-600 hover:bg-brand-700" : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-50"
        }`}
      >
        <span aria-hidden>▲</span>
        <span data-testid="vote-count" className="tabular-nums">
          {current.voteCount}
        </span>
      </button>
      <span className="sr-only" role="status">
        {state?.ok ? state.message : ""}
      </span>
      {error ? (
        <span role="alert" className="mt-1 max-w-32 text-center text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </form>
  );
}
