"use client";

import { startTransition, useActionState, useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action-state";
import { sendPersonalLinksAction, type SendOutcome } from "./actions";

type TeamOption = { id: string; name: string; depth: number };

/** The server action's input is bounded at 1 MB; a bigger file would be refused anyway. */
const MAX_FILE_BYTES = 1_000_000;

/** Bad lines, from a preview's data or from a refused send's field errors ("recipients.<line>"). */
function badLinesOf(state: ActionState<SendOutcome>): { lines: { line: number; message: string }[]; total: number } {
  if (state?.ok && state.data?.kind === "preview") return { lines: state.data.badLines, total: state.data.badLineCount };
  if (state && !state.ok) {
    const lines = Object.entries(state.fieldErrors ?? {})
      .filter(([key]) => key.startsWith("recipients."))
      .map(([key, message]) => ({ line: Number(key.slice("recipients.".length)), message }));
    return { lines, total: lines.length };
  }
  return { lines: [], total: 0 };
}

function BadLines({ lines, total }: { lines: { line: number; message: string }[]; total: number }) {
  if (total === 0) return null;
  return (
    <div role="alert" className="rounded-md bg-red-50 p-3 ring-1 ring-inset ring-red-200">
      <h3 className="text-sm font-semibold text-red-800">
        {total === 1 ? "1 line needs fixing" : `${total.toLocaleString("en")} lines need fixing`}
        {total > lines.length ? ` (the first ${lines.length} are listed)` : ""}
      </h3>
      <ul className="mt-2 space-y-1 text-sm text-red-800" data-testid="bad-lines">
        {lines.map((b) => (
          <li key={b.line}>
            <span className="font-medium">Line {b.line}:</span> {b.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PreviewSummary({ data }: { data: Extract<SendOutcome, { kind: "preview" }> }) {
  const people = `${data.recipients.toLocaleString("en")} ${data.recipients === 1 ? "person" : "people"}`;
  const summary = data.badLineCount > 0 ? `${people} on the list so far: fix the lines below to send.` : (data.problem ?? `${people} will get the survey.`);
  const repeats = data.duplicates > 0 ? ` ${data.duplicates.toLocaleString("en")} repeated ${data.duplicates === 1 ? "address was" : "addresses were"} counted once.` : "";
  return (
    <p role="status" className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800 ring-1 ring-inset ring-slate-200">
      {summary}
      {repeats}
    </p>
  );
}

/**
 * Paste or upload the list, check it, then send. The send button appears once the list as it
 * stands has been checked and has no bad lines, so what the sender confirms is what is sent.
 * Submitting goes through onSubmit (not the form's action) so React doesn't reset the list.
 */
export function SendForm({ surveyId, teams }: { surveyId: string; teams: TeamOption[] }) {
  const [state, formAction, pending] = useActionState(sendPersonalLinksAction, null);
  const [text, setText] = useState("");
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const [checked, setChecked] = useState<{ text: string; teamId: string } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);

  const preview = state?.ok && state.data?.kind === "preview" ? state.data : null;
  const current = checked !== null && checked.text === text && checked.teamId === teamId;
  const canSend = preview !== null && current && preview.problem === null;
  const done = state?.ok && (state.data?.kind === "sent" || state.data?.kind === "queued") ? state.data : null;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileProblem(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileProblem("This file is larger than 1 MB: split it, or keep only the email and team columns.");
      return;
    }
    setText(await file.text());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget);
    data.set("intent", submitter?.value === "send" ? "send" : "preview");
    setChecked({ text, teamId });
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="surveyId" value={surveyId} />
      <TextAreaField
        label="Email addresses"
        name="recipients"
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={"ann@example.com\nbob@example.com,Harbour Street"}
        hint="One per line. To count a response for another team than the default, add a comma and the team's name. A CSV with an email column (and optionally a team column) works too."
        error={fieldError(state, "recipients")}
        spellCheck={false}
      />
      <div className="space-y-1">
        <label htmlFor="recipients-file" className="block text-sm font-medium text-slate-800">
          Or upload a CSV file
        </label>
        <input id="recipients-file" type="file" accept=".csv,text/csv,text/plain" onChange={onFile} className="block text-sm text-slate-700" />
        {fileProblem ? (
          <p role="alert" className="text-xs font-medium text-red-700">
            {fileProblem}
          </p>
        ) : null}
      </div>
      <SelectField label="Default team" name="defaultTeamId" value={teamId} onChange={(e) => setTeamId(e.target.value)} hint="Responses count for this team unless a line names another." error={fieldError(state, "defaultTeamId")}>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {"\u00a0\u00a0".repeat(t.depth)}
            {t.name}
          </option>
        ))}
      </SelectField>

      <div className="space-y-3">
        <FormStatus state={state} />
        {done?.kind === "sent" && done.failed.length > 0 ? (
          <p className="text-sm text-red-800">Not sent (the mail server refused them): {done.failed.join(", ")}</p>
        ) : null}
        {preview && current ? <PreviewSummary data={preview} /> : null}
        {preview && !current ? <p className="text-sm text-slate-600">The list changed since it was checked: check it again.</p> : null}
        <BadLines {...badLinesOf(state)} />
      </div>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="preview" variant={canSend ? "secondary" : "primary"} disabled={pending}>
          {pending ? "Working…" : "Check the list"}
        </Button>
        {canSend ? (
          <Button type="submit" name="intent" value="send" disabled={pending}>
            Send to {preview.recipients.toLocaleString("en")} {preview.recipients === 1 ? "person" : "people"}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
