"use client";

import { useActionState } from "react";
import { sendKudosAction } from "@/app/(app)/teams/actions";
import { Button } from "@/components/ui/button";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { MAX_KUDOS_MESSAGE_LENGTH } from "@/lib/schemas/kudos";

/** "Send as kudos" under a promoter's comment: opens a small form for an optional message. */
export function SendKudosForm({ responseId, teamName }: { responseId: string; teamName: string }) {
  const [state, action, pending] = useActionState(sendKudosAction, null);
  if (state?.ok) return <FormStatus state={state} />;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">Send as kudos</summary>
      <form action={action} className="mt-2 space-y-2" aria-label={`Send as kudos to ${teamName}`}>
        <input type="hidden" name="responseId" value={responseId} />
        {/* Its own id: a team page lists several of these forms. */}
        <label htmlFor={`kudos-message-${responseId}`} className="block text-sm font-medium text-slate-800">
          Your message to {teamName} (optional)
        </label>
        <textarea
          id={`kudos-message-${responseId}`}
          name="message"
          rows={2}
          maxLength={MAX_KUDOS_MESSAGE_LENGTH}
          className="block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500"
        />
        {fieldError(state, "message") ? <p className="text-xs font-medium text-red-700">{fieldError(state, "message")}</p> : null}
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send kudos"}
        </Button>
        <FormStatus state={state} />
      </form>
    </details>
  );
}
