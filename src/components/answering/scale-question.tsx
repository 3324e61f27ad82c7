import type { AnswerableQuestion } from "@/lib/schemas/answer";
import { answerFieldName } from "@/lib/schemas/answer";
import type { QuestionType } from "@/lib/schemas/survey";
import { QuestionFieldset } from "./question-fieldset";

// The words at each end of a scale; the numbers between speak for themselves.
const END_LABELS: Partial<Record<QuestionType, readonly [string, string]>> = {
  NPS: ["Not at all likely", "Extremely likely"],
  CSAT: ["Very dissatisfied", "Very satisfied"],
  RATING: ["Poor", "Excellent"],
};

// Two rows of six on a phone keep each of the 11 NPS targets about 55 px wide; one row from
// the small breakpoint up. Shorter scales fit one row everywhere.
function gridClass(count: number): string {
  if (count === 11) return "grid-cols-6 sm:grid-cols-11";
  if (count === 5) return "grid-cols-5";
  if (count === 7) return "grid-cols-7";
  return "grid-cols-6";
}

export function scaleOptionLabel(type: QuestionType, value: number, min: number, max: number): string {
  const ends = END_LABELS[type];
  if (ends && value === min) return `${value} – ${ends[0]}`;
  if (ends && value === max) return `${value} – ${ends[1]}`;
  return String(value);
}

type Props = { question: AnswerableQuestion; error?: string; defaultValue?: string | string[] };

/**
 * A scale as a native radio group drawn as buttons: arrow keys move along it, Tab leaves it,
 * and screen readers announce "0 – Not at all likely, radio button, 1 of 11".
 */
export function ScaleQuestion({ question, error, defaultValue }: Props) {
  const { min, max } = question.scale ?? { min: 0, max: -1 };
  const values = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
  const ends = END_LABELS[question.type];
  return (
    <QuestionFieldset questionId={question.id} prompt={question.prompt} required={question.required} error={error}>
      <div className={`grid gap-2 ${gridClass(values.length)}`}>
        {values.map((value) => {
          const id = `${question.id}-${value}`;
          const label = scaleOptionLabel(question.type, value, min, max);
          return (
            <div key={value} className="relative">
              <input
                type="radio"
                id={id}
                name={answerFieldName(question.id)}
                value={value}
                defaultChecked={defaultValue === String(value)}
                required={question.required}
                className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0"
              />
              <label
                htmlFor={id}
                className="flex h-12 cursor-pointer items-center justify-center rounded-md bg-white text-base font-semibold text-slate-900 ring-1 ring-inset ring-slate-400 transition peer-checked:bg-brand-600 peer-checked:text-white peer-checked:ring-brand-700 peer-hover:bg-brand-50 peer-checked:peer-hover:bg-brand-700 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600"
              >
                {value}
                {label !== String(value) ? <span className="sr-only">{label.slice(String(value).length)}</span> : null}
              </label>
            </div>
          );
        })}
      </div>
      {ends ? (
        <div aria-hidden="true" className="mt-2 flex justify-between gap-4 text-sm text-slate-600">
          <span>{ends[0]}</span>
          <span className="text-right">{ends[1]}</span>
        </div>
      ) : null}
    </QuestionFieldset>
  );
}
