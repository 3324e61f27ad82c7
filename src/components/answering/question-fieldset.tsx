import type { ReactNode } from "react";

export const errorId = (questionId: string) => `${questionId}-error`;

/** The mark beside a required prompt: a star to see, the word to hear. */
export function RequiredMark({ required }: { required: boolean }) {
  if (!required) return null;
  return (
    <>
      <span aria-hidden="true" className="ml-1 text-red-700">
        *
      </span>
      <span className="sr-only"> (required)</span>
    </>
  );
}

export function QuestionError({ questionId, error }: { questionId: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(questionId)} role="alert" className="mt-2 text-sm font-medium text-red-700">
      {error}
    </p>
  );
}

type QuestionFieldsetProps = { questionId: string; prompt: string; required: boolean; error?: string; hint?: ReactNode; children: ReactNode };

/** Radio and checkbox groups: a fieldset whose legend is the prompt, so every control is named in context. */
export function QuestionFieldset({ questionId, prompt, required, error, hint, children }: QuestionFieldsetProps) {
  const hintId = hint ? `${questionId}-hint` : undefined;
  return (
    <fieldset
      data-question={questionId}
      aria-describedby={[error ? errorId(questionId) : null, hintId].filter(Boolean).join(" ") || undefined}
      className={`rounded-lg bg-white p-4 shadow-sm ring-1 sm:p-5 ${error ? "ring-2 ring-red-600" : "ring-slate-200"}`}
    >
      <legend className="float-left mb-3 w-full text-base font-semibold text-slate-900">
        {prompt}
        <RequiredMark required={required} />
      </legend>
      {hint ? (
        <p id={hintId} className="clear-both mb-2 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="clear-both">{children}</div>
      <QuestionError questionId={questionId} error={error} />
    </fieldset>
  );
}
