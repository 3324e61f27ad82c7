"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { createIdeaAction } from "@/app/(app)/ideas/actions";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { IDEA_PROMPT_TEXT, IDEA_PROMPTS, type IdeaPromptValue } from "@/lib/schemas/idea";
import { CopyButton } from "./copy-button";

type Team = { id: string; name: string; depth: number };
type StageGroup = { journeyId: string; journeyName: string; stages: { id: string; name: string }[] };

/**
 * The phone-first idea form: a prompt, a title and a few sentences, and it's sent. Team is
 * prefilled; stage and anonymity are optional. An anonymous idea's receipt link is shown here,
 * once, and nowhere else.
 */
export function IdeaForm({ teams, stageGroups, defaultTeamId }: { teams: Team[]; stageGroups: StageGroup[]; defaultTeamId: string | null }) {
  const [state, action, pending] = useActionState(createIdeaAction, null);
  const [prompt, setPrompt] = useState<IdeaPromptValue>("EASIER_LIVES");
  const [anonymous, setAnonymous] = useState(false);

  if (state?.ok && state.data) {
    const url = typeof window === "undefined" ? state.data.receiptPath : `${window.location.origin}${state.data.receiptPath}`;
    return (
      <div className="space-y-4" data-testid="idea-receipt">
        <Alert tone="success">{state.message}</Alert>
        <p className="text-sm text-slate-700">
          Nobody can see that this idea is yours — not even admins. To follow what becomes of it, keep this private link: it is shown <strong>only now</strong>, and it is the only
          way back to your idea as its author.
        </p>
        <p className="break-all rounded-md bg-slate-50 p-3 font-mono text-sm ring-1 ring-slate-200" data-testid="receipt-link">
          {url}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <CopyButton text={url} label="Copy link" />
          <Link href={state.data.receiptPath} className={buttonClass("secondary")}>
            Open it
          </Link>
          <Link href="/ideas" className={buttonClass("ghost")}>
            Back to the board
          </Link>
        </div>
      </div>
    );
  }

  return (
    <form action={action} className="space-y-5" aria-label="Submit an idea">
      <FormStatus state={state} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">Which question does it answer?</legend>
        <div className="space-y-2">
          {IDEA_PROMPTS.map((p) => (
            <label key={p} className="flex cursor-pointer gap-3 rounded-md p-3 ring-1 ring-slate-200 has-[:checked]:ring-2 has-[:checked]:ring-brand-600">
              <input type="radio" name="prompt" value={p} checked={prompt === p} onChange={() => setPrompt(p)} className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600" />
              <span className="text-sm text-slate-900">{IDEA_PROMPT_TEXT[p]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField label="Title" name="title" required minLength={3} maxLength={160} autoComplete="off" placeholder="Open a second till at lunchtime" error={fieldError(state, "title")} />
      <TextAreaField label="Your idea" name="body" required rows={4} maxLength={5000} placeholder="What happens today, and what would be better?" error={fieldError(state, "body")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Team" name="teamId" defaultValue={defaultTeamId ?? ""} error={fieldError(state, "teamId")}>
          <option value="">No team</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>{`${"\u00a0\u00a0".repeat(t.depth)}${t.name}`}</option>
          ))}
        </SelectField>
        <SelectField label="Journey stage (optional)" name="stageId" defaultValue="" error={fieldError(state, "stageId")}>
          <option value="">Not sure / none</option>
          {stageGroups.map((g) => (
            <optgroup key={g.journeyId} label={g.journeyName}>
              {g.stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      </div>
      <label className="flex cursor-pointer items-start gap-3 rounded-md p-3 ring-1 ring-slate-200">
        <input type="checkbox" name="anonymous" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600" />
        <span className="text-sm">
          <span className="block font-medium text-slate-900">Post anonymously</span>
          <span className="block text-slate-600">
            Your name is not stored with the idea, so no one can find out it was you — admins included. The team you pick is still shown: in a small team, pick “No team” if that
            would give you away.
          </span>
        </span>
      </label>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Sending…" : anonymous ? "Submit anonymously" : "Submit idea"}
      </Button>
    </form>
  );
}
