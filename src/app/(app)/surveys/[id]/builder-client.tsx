"use client";

import { useActionState, useState, type FormEvent } from "react";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SurveyPreview } from "@/components/surveys/question-preview";
import { QuestionList } from "@/components/surveys/question-list";
import { definitionOf, draftFromSurvey, issuesFromFieldErrors, keyedErrors, previewOf, type Draft } from "@/components/surveys/builder-state";
import type { ActionState } from "@/lib/action-state";
import { MAX_DESCRIPTION_LENGTH, surveyDefinitionSchema, type EditableSurvey } from "@/lib/schemas/survey";
import { toIssues } from "@/lib/validation";
import { saveSurveyAction } from "../actions";
import { StatusControls } from "./status-client";

/**
 * The builder: the editor on the left (above, on a phone), the live preview beside it. The
 * draft lives here until Save, which sends it as one JSON field checked by the same schema in
 * the browser (instant errors) and in the server action (the check that counts).
 */
export function SurveyBuilder({ survey }: { survey: EditableSurvey }) {
  const [draft, setDraft] = useState<Draft>(() => draftFromSurvey(survey));
  const [saved, setSaved] = useState(() => JSON.stringify(definitionOf(draftFromSurvey(survey))));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const definition = JSON.stringify(definitionOf(draft));
  const dirty = definition !== saved;
  const readOnly = survey.status === "CLOSED";

  const [state, formAction, pending] = useActionState(async (previous: ActionState<EditableSurvey>, formData: FormData) => {
    const submitted = draft;
    const result = await saveSurveyAction(previous, formData);
    if (result?.ok && result.data) {
      // New questions and new versions have new ids: continue from what was stored.
      const next = draftFromSurvey(result.data);
      setDraft(next);
      setSaved(JSON.stringify(definitionOf(next)));
      setErrors({});
    } else if (result && !result.ok) {
      setErrors(keyedErrors(issuesFromFieldErrors(result.fieldErrors ?? {}), submitted));
    }
    return result;
  }, null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const parsed = surveyDefinitionSchema.safeParse(definitionOf(draft));
    if (parsed.success) {
      setErrors({});
      return;
    }
    // Stops the action: nothing goes to the server until the draft is valid.
    event.preventDefault();
    setErrors(keyedErrors(toIssues(parsed.error), draft));
    // The errors render before the next frame; take the keyboard to the first one.
    const form = event.currentTarget;
    requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const hasFieldErrors = Object.keys(errors).length > 0;
  const formError = errors.form ?? errors.definition ?? (hasFieldErrors ? "Please correct the highlighted fields" : null) ?? (state && !state.ok ? state.message : null);

  return (
    <div className="space-y-6">
      <StatusControls surveyId={survey.id} status={survey.status} responseCount={survey.responseCount} dirty={dirty} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <form action={formAction} onSubmit={onSubmit} noValidate className="min-w-0 space-y-6" aria-label="Survey builder">
          <input type="hidden" name="surveyId" value={survey.id} />
          <input type="hidden" name="definition" value={definition} />
          {readOnly ? <Alert>This survey is closed: it stays as it was when its answers were given.</Alert> : null}
          <fieldset disabled={readOnly || pending} className="min-w-0 space-y-6">
            <Card title="Details">
              <div className="space-y-4">
                <TextField label="Title" name="title" value={draft.title} maxLength={200} onChange={(e) => setDraft({ ...draft, title: e.target.value })} error={errors.title} />
                <TextAreaField
                  label="Description"
                  name="description"
                  rows={2}
                  value={draft.description}
                  maxLength={MAX_DESCRIPTION_LENGTH}
                  onChange={(e) => setDraft({ ...draft, description: e.target.value })}
                  error={errors.description}
                  hint="Optional. Shown to respondents above the questions."
                />
              </div>
            </Card>
            <QuestionList questions={draft.questions} errors={errors} onChange={(questions) => setDraft({ ...draft, questions })} />
          </fieldset>
          {readOnly ? null : (
            // Kept in view while scrolling a long survey, with the outcome of the last save.
            <div className="sticky bottom-0 space-y-2 border-t border-slate-200 bg-slate-50/95 py-3">
              {formError ? <Alert tone="error">{formError}</Alert> : null}
              {state?.ok && !dirty ? <Alert tone="success">{state.message}</Alert> : null}
              <div className="flex flex-wrap items-center gap-3">
                <Button type="submit" disabled={pending}>
                  {pending ? "Saving…" : "Save survey"}
                </Button>
                <span className="text-sm text-slate-600">{dirty ? "Unsaved changes" : "All changes saved"}</span>
              </div>
            </div>
          )}
        </form>
        <aside aria-label="Live preview" className="min-w-0 lg:sticky lg:top-4 lg:self-start">
          <Card title="Live preview" description="What respondents see. Try the controls: nothing is sent.">
            <div data-testid="survey-preview">
              <SurveyPreview title={draft.title.trim()} description={draft.description.trim()} questions={draft.questions.map(previewOf)} />
            </div>
          </Card>
        </aside>
      </div>
    </div>
  );
}
