"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CHOICE_TYPES, MAX_PROMPT_LENGTH, RATING_SCALE_MAXES } from "@/lib/schemas/survey";
import { QUESTION_TYPE_LABELS, type DraftQuestion } from "./builder-state";
import { ChoicesEditor } from "./choices-editor";

type QuestionCardProps = {
  question: DraftQuestion;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (patch: Partial<DraftQuestion>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

const control =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-500 aria-[invalid=true]:ring-red-500";

export const LOCKED_NOTE = "Editing creates a new version; earlier answers stay with the old wording.";

function Badge({ tone, children }: { tone: "brand" | "amber"; children: ReactNode }) {
  const tones = { brand: "bg-brand-50 text-brand-700 ring-brand-100", amber: "bg-amber-50 text-amber-800 ring-amber-200" };
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>{children}</span>;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="text-xs font-medium text-red-700">
      {message}
    </p>
  ) : null;
}

/** One question in the builder: what it asks, its settings, and its place in the list. */
export function QuestionCard({ question: q, index, count, errors, onChange, onMove, onRemove }: QuestionCardProps) {
  const number = index + 1;
  const promptError = errors[`${q.key}.prompt`];
  const scaleError = errors[`${q.key}.scaleMax`] ?? errors[`${q.key}.scaleMin`];
  // Errors about the question as a whole (say, it was removed meanwhile by someone else).
  const otherError = errors[`${q.key}.id`] ?? errors[`${q.key}.type`] ?? errors[`${q.key}.isHeadline`] ?? errors[`${q.key}.required`] ?? errors[q.key];
  const answered = q.answerCount > 0;
  return (
    <article aria-labelledby={`${q.key}-title`} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-slate-200" data-testid="question-card">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="space-y-1">
          <h3 id={`${q.key}-title`} className="text-sm font-semibold text-slate-900">
            Question {number} <span className="font-normal text-slate-600">· {QUESTION_TYPE_LABELS[q.type]}</span>
          </h3>
          <div className="flex flex-wrap gap-1.5">
            {q.isHeadline ? <Badge tone="brand">Headline</Badge> : null}
            {answered ? <Badge tone="amber">Locked · {q.answerCount.toLocaleString("en")} {q.answerCount === 1 ? "answer" : "answers"}</Badge> : null}
          </div>
        </div>
        <div className="flex flex-wrap gap-1">
          <Button id={`${q.key}-up`} variant="ghost" onClick={() => onMove(-1)} disabled={index === 0} aria-label={`Move question ${number} up`}>
            <span aria-hidden="true">↑</span> Up
          </Button>
          <Button id={`${q.key}-down`} variant="ghost" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={`Move question ${number} down`}>
            <span aria-hidden="true">↓</span> Down
          </Button>
          {q.isHeadline ? null : (
            <Button variant="danger" onClick={onRemove} aria-label={`Remove question ${number}`}>
              Remove
            </Button>
          )}
        </div>
      </header>
      {answered ? <p className="text-xs text-amber-800">{LOCKED_NOTE} Removing it keeps its answers.</p> : null}
      {q.isHeadline ? <p className="text-xs text-slate-600">The survey&apos;s score is computed from this question, so it is always asked and can&apos;t be removed.</p> : null}

      <div className="space-y-1">
        <label htmlFor={`${q.key}-prompt`} className="block text-sm font-medium text-slate-800">
          Prompt<span className="sr-only"> of question {number}</span>
        </label>
        <textarea
          id={`${q.key}-prompt`}
          name={`${q.key}-prompt`}
          rows={2}
          value={q.prompt}
          maxLength={MAX_PROMPT_LENGTH}
          onChange={(e) => onChange({ prompt: e.target.value })}
          aria-invalid={promptError ? true : undefined}
          aria-describedby={promptError ? `${q.key}-prompt-error` : undefined}
          className={control}
        />
        <FieldError id={`${q.key}-prompt-error`} message={promptError} />
      </div>

      <div className="flex flex-wrap items-end gap-4">
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name={`${q.key}-required`}
            checked={q.isHeadline || q.required}
            disabled={q.isHeadline}
            onChange={(e) => onChange({ required: e.target.checked })}
            className="h-4 w-4 accent-brand-600"
          />
          Required<span className="sr-only"> (question {number})</span>
        </label>
        {q.type === "RATING" ? (
          <div className="space-y-1">
            <label htmlFor={`${q.key}-scale`} className="block text-sm font-medium text-slate-800">
              Scale<span className="sr-only"> of question {number}</span>
            </label>
            <select
              id={`${q.key}-scale`}
              name={`${q.key}-scale`}
              value={q.scaleMax}
              onChange={(e) => onChange({ scaleMax: Number(e.target.value) })}
              aria-invalid={scaleError ? true : undefined}
              className={control}
            >
              {RATING_SCALE_MAXES.map((max) => (
                <option key={max} value={max}>
                  1 to {max}
                </option>
              ))}
            </select>
            <FieldError id={`${q.key}-scale-error`} message={scaleError} />
          </div>
        ) : null}
      </div>

      {CHOICE_TYPES.includes(q.type) ? <ChoicesEditor questionKey={q.key} number={number} choices={q.choices} errors={errors} onChange={(choices) => onChange({ choices })} /> : null}
      <FieldError id={`${q.key}-error`} message={otherError} />
    </article>
  );
}
