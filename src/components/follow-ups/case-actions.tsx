"use client";

import { useActionState } from "react";
import { addFollowUpNoteAction, assignFollowUpAction, changeFollowUpStatusAction, takeFollowUpAction } from "@/app/(app)/follow-ups/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { MAX_NOTE_LENGTH, MAX_OUTCOME_LENGTH, type FollowUpStatusName } from "@/lib/schemas/follow-up";

type Candidate = { userId: string; name: string };

export function TakeItButton({ followUpId }: { followUpId: string }) {
  const [state, action, pending] = useActionState(takeFollowUpAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="followUpId" value={followUpId} />
      <Button type="submit" disabled={pending}>
        {pending ? "Taking…" : "Take it"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function AssignForm({ followUpId, ownerId, candidates }: { followUpId: string; ownerId: string | null; candidates: Candidate[] }) {
  const [state, action, pending] = useActionState(assignFollowUpAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="followUpId" value={followUpId} />
      {/* Keyed by the saved owner so the select shows it after React resets the form. */}
      <SelectField key={ownerId ?? "nobody"} label="Owner" name="ownerId" defaultValue={ownerId ?? ""} error={fieldError(state, "ownerId")}>
        <option value="">Nobody yet</option>
        {candidates.map((c) => (
          <option key={c.userId} value={c.userId}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Assign"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

function StatusButton({ followUpId, status, label }: { followUpId: string; status: FollowUpStatusName; label: string }) {
  const [state, action, pending] = useActionState(changeFollowUpStatusAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="status" value={status} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function StatusForms({ followUpId, status }: { followUpId: string; status: FollowUpStatusName }) {
  if (status === "CLOSED") return <StatusButton followUpId={followUpId} status="OPEN" label="Reopen" />;
  return (
    <div className="space-y-4">
      {status === "OPEN" ? <StatusButton followUpId={followUpId} status="IN_PROGRESS" label="Mark as in progress" /> : null}
      <CloseForm followUpId={followUpId} />
    </div>
  );
}

function CloseForm({ followUpId }: { followUpId: string }) {
  const [state, action, pending] = useActionState(changeFollowUpStatusAction, null);
  return (
    <form action={action} className="space-y-2" aria-label="Close the follow-up">
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="status" value="CLOSED" />
      <TextAreaField
        label="Outcome"
        name="outcome"
        rows={3}
        required
        maxLength={MAX_OUTCOME_LENGTH}
        hint="What was done for the customer: required to close."
        error={fieldError(state, "outcome")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Closing…" : "Close with this outcome"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function NoteForm({ followUpId }: { followUpId: string }) {
  const [state, action, pending] = useActionState(addFollowUpNoteAction, null);
  return (
    // React clears the form after the action, ready for the next note.
    <form action={action} className="space-y-2">
      <input type="hidden" name="followUpId" value={followUpId} />
      <TextAreaField label="Add a note" name="body" rows={3} required maxLength={MAX_NOTE_LENGTH} error={fieldError(state, "body")} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Adding…" : "Add note"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
