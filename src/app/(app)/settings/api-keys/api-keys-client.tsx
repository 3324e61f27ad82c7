"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { addApiKey, dropApiKey } from "../actions";

export function ApiKeyCreateForm() {
  const [state, action, pending] = useActionState(addApiKey, null);
  const key = state?.ok ? (state.data as { key?: string } | undefined)?.key : undefined;
  return (
    <form action={action} className="space-y-4">
      <FormStatus state={state} />
      {key ? (
        <div className="space-y-2">
          <label htmlFor="new-api-key" className="block text-sm font-medium">
            Your new key
          </label>
          <input id="new-api-key" readOnly value={key} className="block w-full rounded-md bg-slate-50 px-3 py-2 font-mono text-xs ring-1 ring-slate-300" onFocus={(e) => e.currentTarget.select()} />
          <Button variant="secondary" onClick={() => navigator.clipboard?.writeText(key)}>
            Copy key
          </Button>
        </div>
      ) : null}
      <TextField label="Name" name="name" required maxLength={200} error={fieldError(state, "name")} hint="Where the key is used, e.g. “POS integration”." />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create key"}
      </Button>
    </form>
  );
}

export function RevokeKeyButton({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState(dropApiKey, null);
  return (
    <form action={action}>
      <input type="hidden" name="apiKeyId" value={id} />
      <Button variant="danger" type="submit" disabled={pending} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </form>
  );
}
