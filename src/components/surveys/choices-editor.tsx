"use client";

import { MAX_CHOICE_LABEL_LENGTH, MAX_CHOICES, MIN_CHOICES, type Choice } from "@/lib/schemas/survey";
import { Button } from "@/components/ui/button";
import { makeKey } from "./builder-state";

type ChoicesEditorProps = {
  questionKey: string;
  /** The question's position, for labels that say which question a control belongs to. */
  number: number;
  choices: Choice[];
  errors: Record<string, string>;
  onChange: (choices: Choice[]) => void;
};

const input =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-500 aria-[invalid=true]:ring-red-500";

/** The choices of a single- or multiple-choice question. A choice's id never changes once made. */
export function ChoicesEditor({ questionKey, number, choices, errors, onChange }: ChoicesEditorProps) {
  const listError = errors[`${questionKey}.options`];
  const update = (index: number, label: string) => onChange(choices.map((c, i) => (i === index ? { ...c, label } : c)));
  const remove = (index: number) => onChange(choices.filter((_, i) => i !== index));
  return (
    <fieldset className="space-y-2" aria-describedby={listError ? `${questionKey}-options-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">Choices</legend>
      <ol className="space-y-2">
        {choices.map((choice, i) => {
          const error = errors[`${questionKey}.options.${i}.label`] ?? errors[`${questionKey}.options.${i}.id`];
          const id = `${questionKey}-choice-${choice.id}`;
          return (
            <li key={choice.id} className="space-y-1">
              <div className="flex items-center gap-2">
                <label htmlFor={id} className="sr-only">
                  Question {number}, choice {i + 1}
                </label>
                <input
                  id={id}
                  name={id}
                  value={choice.label}
                  maxLength={MAX_CHOICE_LABEL_LENGTH}
                  placeholder={`Choice ${i + 1}`}
                  onChange={(e) => update(i, e.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  className={input}
                />
                <Button variant="ghost" onClick={() => remove(i)} disabled={choices.length <= MIN_CHOICES} aria-label={`Remove choice ${i + 1} of question ${number}`}>
                  Remove
                </Button>
              </div>
              {error ? (
                <p id={`${id}-error`} className="text-xs font-medium text-red-700">
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {listError ? (
        <p id={`${questionKey}-options-error`} className="text-xs font-medium text-red-700">
          {listError}
        </p>
      ) : null}
      <Button variant="secondary" onClick={() => onChange([...choices, { id: makeKey("c"), label: "" }])} disabled={choices.length >= MAX_CHOICES}>
        Add choice<span className="sr-only"> to question {number}</span>
      </Button>
    </fieldset>
  );
}
