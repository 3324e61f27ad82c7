"use client";

import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { SurveyStatusBadge } from "@/components/surveys/survey-labels";
import { statusChangeProblem, type SurveyStatus } from "@/lib/schemas/survey";
import { changeSurveyStatusAction } from "../actions";

type Change = { to: SurveyStatus; label: string; confirm: string; variant: "primary" | "danger" | "secondary" };

const CHANGES: Change[] = [
  { to: "ACTIVE", label: "Activate", variant: "primary", confirm: "Activate this survey? It can then collect responses. Answered questions stay locked: editing one makes a new version." },
  { to: "CLOSED", label: "Close survey", variant: "danger", confirm: "Close this survey for good? It stops collecting responses, can't be edited and can't be reopened." },
  { to: "DRAFT", label: "Back to draft", variant: "secondary", confirm: "Turn this survey back into a draft? It has no responses yet, and stops collecting them until activated again." },
];

const EXPLAIN: Record<SurveyStatus, string> = {
  DRAFT: "Draft: only your team sees it. Activate it to start collecting responses.",
  ACTIVE: "Active: collecting responses.",
  CLOSED: "Closed: no longer collecting responses, and kept as it was.",
};

/** Activate, close or unpublish, each behind a confirmation; only the moves the rules allow are offered. */
export function StatusControls({ surveyId, status, responseCount, dirty }: { surveyId: string; status: SurveyStatus; responseCount: number; dirty: boolean }) {
  const [state, action, pending] = useActionState(changeSurveyStatusAction, null);
  const [confirming, setConfirming] = useState<Change | null>(null);
  // When the confirmation closes, focus returns to the section rather than to the page's start.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const allowed = CHANGES.filter((c) => statusChangeProblem(status, c.to, { responseCount }) === null);
  const closeConfirmation = () => {
    setConfirming(null);
    headingRef.current?.focus();
  };

  return (
    <section aria-labelledby="status-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="space-y-1">
          <h2 id="status-heading" ref={headingRef} tabIndex={-1} className="flex items-center gap-2 text-base font-semibold text-slate-900">
            Status <SurveyStatusBadge status={status} />
          </h2>
          <p className="text-sm text-slate-600">{EXPLAIN[status]}</p>
        </div>
        {confirming ? null : (
          <div className="flex flex-wrap gap-2">
            {allowed.map((change) => (
              <Button key={change.to} variant={change.variant} disabled={dirty || pending} onClick={() => setConfirming(change)}>
                {change.label}
              </Button>
            ))}
          </div>
        )}
      </div>
      {dirty && allowed.length && !confirming ? <p className="mt-2 text-xs text-slate-600">Save your changes before changing the status.</p> : null}
      {confirming ? (
        <form action={action} onSubmit={closeConfirmation} className="mt-3 space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200" role="group" aria-labelledby="status-confirm">
          <p id="status-confirm" className="text-sm text-slate-800">
            {confirming.confirm}
          </p>
          <input type="hidden" name="surveyId" value={surveyId} />
          <input type="hidden" name="to" value={confirming.to} />
          <div className="flex flex-wrap gap-2">
            <Button autoFocus type="submit" variant={confirming.variant === "danger" ? "danger" : "primary"}>
              Yes, {confirming.label.toLowerCase()}
            </Button>
            <Button variant="ghost" onClick={closeConfirmation}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      <div className="mt-3 empty:hidden">
        <FormStatus state={state} />
      </div>
    </section>
  );
}
