"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { AUDIENCE_LABELS, METRIC_LABELS } from "@/components/surveys/survey-labels";
import type { Audience, Metric } from "@/lib/schemas/survey";
import { createSurveyAction } from "../actions";

export type TemplateCard = { id: string; name: string; summary: string; audience: Audience; metric: Metric; defaultTitle: string; prompts: string[] };

/** Template cards are radios (arrow keys move between them); the title follows the template until typed in. */
export function NewSurveyForm({ templates }: { templates: TemplateCard[] }) {
  const [state, action, pending] = useActionState(createSurveyAction, null);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const [title, setTitle] = useState(templates[0]?.defaultTitle ?? "");
  const [titleTouched, setTitleTouched] = useState(false);

  const chosen = templates.find((t) => t.id === templateId);
  const choose = (template: TemplateCard) => {
    setTemplateId(template.id);
    if (!titleTouched) setTitle(template.defaultTitle);
  };

  return (
    <form action={action} className="space-y-6">
      <FormStatus state={state} />
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-slate-900">Template</legend>
        <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {templates.map((t) => (
            <label
              key={t.id}
              className="relative flex cursor-pointer flex-col gap-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-500 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500"
            >
              <span className="flex items-start gap-2">
                <input type="radio" name="templateId" value={t.id} checked={templateId === t.id} onChange={() => choose(t)} className="mt-1 h-4 w-4 accent-brand-600" />
                <span className="font-medium text-slate-900">{t.name}</span>
              </span>
              <span className="text-sm text-slate-600">{t.summary}</span>
              <span className="text-xs text-slate-500">
                {AUDIENCE_LABELS[t.audience]} · {METRIC_LABELS[t.metric]} · {t.prompts.length} {t.prompts.length === 1 ? "question" : "questions"}
              </span>
            </label>
          ))}
        </div>
        {fieldError(state, "templateId") ? <p className="mt-2 text-xs font-medium text-red-700">{fieldError(state, "templateId")}</p> : null}
      </fieldset>
      <Card title={chosen ? `Questions in “${chosen.name}”` : undefined} description="You can change, add, remove and reorder them in the builder.">
        {chosen ? (
          <ol className="mb-6 list-decimal space-y-1 pl-5 text-sm text-slate-700">
            {chosen.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ol>
        ) : null}
        <div className="max-w-xl space-y-4">
          <TextField
            label="Title"
            name="title"
            value={title}
            maxLength={200}
            required
            onChange={(e) => {
              setTitle(e.target.value);
              setTitleTouched(true);
            }}
            error={fieldError(state, "title")}
            hint="Respondents see it above the questions."
          />
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create draft"}
          </Button>
        </div>
      </Card>
    </form>
  );
}
