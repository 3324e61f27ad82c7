"use client";

import { useActionState } from "react";
import { mergeIdeaAction } from "@/app/(app)/ideas/actions";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { IDEA_STATUS_LABELS } from "@/lib/schemas/idea";
import type { IdeaStatusValue } from "@/core/ideas/transitions";

type Target = { id: string; title: string; status: IdeaStatusValue; voteCount: number };

export function MergeForm({ ideaId, targets }: { ideaId: string; targets: Target[] }) {
  const [state, action, pending] = useActionState(mergeIdeaAction, null);
  if (targets.length === 0) return <p className="text-sm text-slate-600">No other idea to merge this one into.</p>;
  return (
    <form action={action} className="space-y-3" aria-label="Merge into another idea">
      <input type="hidden" name="ideaId" value={ideaId} />
      <SelectField label="Same idea as" name="intoId" required defaultValue="" error={fieldError(state, "intoId")} hint="This idea's votes and followers move to the one you pick; its comments stay here.">
        <option value="" disabled>
          Pick the idea to keep…
        </option>
        {targets.map((t) => (
          <option key={t.id} value={t.id}>
            {`${t.title} (${IDEA_STATUS_LABELS[t.status]}, ${t.voteCount} ${t.voteCount === 1 ? "vote" : "votes"})`}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Merging…" : "Merge into the kept idea"}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
