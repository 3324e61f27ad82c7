"use client";

import { useActionState } from "react";
import { changeIdeaStatusAction } from "@/app/(app)/ideas/actions";
import type { IdeaStatusValue } from "@/core/ideas/transitions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { IDEA_STATUS_LABELS } from "@/lib/schemas/idea";

/** Only the legal next statuses are offered; the server checks again. */
export function StatusForm({ ideaId, next }: { ideaId: string; next: IdeaStatusValue[] }) {
  const [state, action, pending] = useActionState(changeIdeaStatusAction, null);
  if (next.length === 0) return <p className="text-sm text-slate-600">This idea is done: its status no longer changes.</p>;
  return (
    <form action={action} className="space-y-3" aria-label="Change the status">
      <input type="hidden" name="ideaId" value={ideaId} />
      <SelectField label="New status" name="status" defaultValue={next[0]} error={fieldError(state, "status")}>
        {next.map((s) => (
          <option key={s} value={s}>
            {IDEA_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Note for the author and voters"
        name="note"
        rows={3}
        required
        maxLength={2000}
        error={fieldError(state, "note")}
        hint="Say what was decided and why: this is the “you said, we did” they will read."
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Change status"}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
