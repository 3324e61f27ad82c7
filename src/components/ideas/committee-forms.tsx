"use client";

import { useActionState } from "react";
import { callForIdeasAction, setStallDaysAction } from "@/app/(app)/committee/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { CopyButton } from "./copy-button";

export function StallDaysForm({ stallDays }: { stallDays: number }) {
  const [state, action, pending] = useActionState(setStallDaysAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" aria-label="Stall days">
      <div className="w-40">
        <TextField label="Stalled after (days)" name="ideaStallDays" type="number" inputMode="numeric" min={1} max={365} step={1} required defaultValue={stallDays} error={fieldError(state, "ideaStallDays")} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Save
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

/** The call for new ideas: a message to copy into a team chat, or to send to every member's inbox. */
export function CallForIdeasForm({ defaultMessage, link, canNotify }: { defaultMessage: string; link: string; canNotify: boolean }) {
  const [state, action, pending] = useActionState(callForIdeasAction, null);
  return (
    <form action={action} className="space-y-3" aria-label="Call for new ideas">
      <TextAreaField label="Message" name="message" rows={4} required maxLength={1000} defaultValue={defaultMessage} error={fieldError(state, "message")} />
      <p className="break-all text-sm">
        Link:{" "}
        <a href={link} className="font-medium text-brand-700 hover:underline">
          {link}
        </a>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <CopyButton text={`${defaultMessage}\n${link}`} label="Copy message and link" />
        {canNotify ? (
          <Button type="submit" disabled={pending}>
            {pending ? "Sending…" : "Notify all members"}
          </Button>
        ) : null}
        <FormStatus state={state} />
      </div>
    </form>
  );
}
