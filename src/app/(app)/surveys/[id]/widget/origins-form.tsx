"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action-state";
import { saveAllowedOriginsAction } from "./actions";

/**
 * The allowed websites, one origin per line. Submitted by hand rather than through the form's
 * `action`, because React resets a form after its action runs and a refused list would vanish
 * with it; a saved list comes back normalized and replaces what was typed.
 */
export function OriginsForm({ surveyId, origins, max }: { surveyId: string; origins: string[]; max: number }) {
  const [text, setText] = useState(origins.join("\n"));
  const [state, setState] = useState<ActionState<{ origins: string[] }>>(null);
  const [pending, startTransition] = useTransition();
  const error = fieldError(state, "origins");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await saveAllowedOriginsAction(null, formData);
      setState(result);
      if (result?.ok && result.data) setText(result.data.origins.join("\n"));
    });
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <input type="hidden" name="surveyId" value={surveyId} />
      <div className="space-y-1">
        <label htmlFor="origins" className="block text-sm font-medium text-slate-800">
          Allowed websites (one per line)
        </label>
        <textarea
          id="origins"
          name="origins"
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
          placeholder={"https://shop.example.com\nhttp://localhost:8080"}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "origins-error" : "origins-hint"}
          className="block w-full rounded-md border-0 bg-white px-3 py-2 font-mono text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-500 aria-[invalid=true]:ring-red-500"
        />
        {error ? (
          <p id="origins-error" role="alert" className="whitespace-pre-line text-xs font-medium text-red-700">
            {error}
          </p>
        ) : (
          <p id="origins-hint" className="text-xs text-slate-600">
            The scheme and host of each page that shows the widget, with its port if it has one: https://shop.example.com, http://localhost:8080. No
            paths, no wildcards; at most {max}.
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save websites"}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
