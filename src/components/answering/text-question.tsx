"use client";

import { useState } from "react";
import type { AnswerableQuestion } from "@/lib/schemas/answer";
import { answerFieldName, MAX_TEXT_ANSWER_LENGTH } from "@/lib/schemas/answer";
import { errorId, QuestionError, RequiredMark } from "./question-fieldset";

type Props = { question: AnswerableQuestion; error?: string; defaultValue?: string | string[] };

/**
 * No maxLength on the textarea: a browser would silently cut a pasted answer at the limit;
 * instead the count shows, and going over is reported like any other error.
 */
export function TextQuestion({ question, error, defaultValue }: Props) {
  const initial = typeof defaultValue === "string" ? defaultValue : "";
  const [length, setLength] = useState(initial.trim().length);
  const id = `${question.id}-text`;
  const countId = `${question.id}-count`;
  const over = length > MAX_TEXT_ANSWER_LENGTH;
  return (
    <div data-question={question.id} className={`rounded-lg bg-white p-4 shadow-sm ring-1 sm:p-5 ${error ? "ring-2 ring-red-600" : "ring-slate-200"}`}>
      <label htmlFor={id} className="mb-3 block text-base font-semibold text-slate-900">
        {question.prompt}
        <RequiredMark required={question.required} />
      </label>
      <textarea
        id={id}
        name={answerFieldName(question.id)}
        rows={4}
        defaultValue={initial}
        required={question.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? errorId(question.id) : null, countId].filter(Boolean).join(" ")}
        onChange={(event) => setLength(event.target.value.trim().length)}
        className="block w-full rounded-md border-0 bg-white px-3 py-2 text-base text-slate-900 ring-1 ring-inset ring-slate-400 placeholder:text-slate-500 focus:ring-2 focus:ring-inset focus:ring-brand-600 aria-[invalid=true]:ring-red-600"
      />
      <p id={countId} className={`mt-1 text-right text-sm ${over ? "font-medium text-red-700" : "text-slate-600"}`}>
        {length.toLocaleString("en")} / {MAX_TEXT_ANSWER_LENGTH.toLocaleString("en")} characters
      </p>
      <QuestionError questionId={question.id} error={error} />
    </div>
  );
}
