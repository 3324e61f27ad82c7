"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { ActionState } from "@/lib/action-state";
import { answersFromFields, checkAnswers, questionIdOfField, type AnswerableQuestion, type AnswerOutcome } from "@/lib/schemas/answer";
import type { QuestionType } from "@/lib/schemas/survey";
import { AnsweredNotice } from "./answered-notice";
import { ChoiceQuestion } from "./choice-question";
import { ScaleQuestion } from "./scale-question";
import { TextQuestion } from "./text-question";

type SubmitAction = (previous: ActionState<AnswerOutcome>, formData: FormData) => Promise<ActionState<AnswerOutcome>>;
type Props = {
  token: string;
  questions: AnswerableQuestion[];
  action: SubmitAction;
  /** This browser answered through this link before (the server read its cookie). */
  alreadyAnswered: boolean;
  /** Answers to show already chosen (a personal link's recorded answers), by question id. */
  initialValues?: Readonly<Record<string, string | string[]>>;
};
type QuestionProps = { question: AnswerableQuestion; error?: string; defaultValue?: string | string[] };

/** One renderer per question type (shared/STYLE.md, habit 8). */
const RENDERERS: Readonly<Record<QuestionType, (props: QuestionProps) => React.ReactNode>> = {
  NPS: ScaleQuestion,
  CSAT: ScaleQuestion,
  RATING: ScaleQuestion,
  SINGLE_CHOICE: ChoiceQuestion,
  MULTIPLE_CHOICE: ChoiceQuestion,
  OPEN_TEXT: TextQuestion,
};

function formFields(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new FormData(form).entries()) if (typeof value === "string") fields[name] = value;
  return fields;
}

/**
 * The answering form. It checks the answers with the server's own rules before sending, so a
 * forgotten question is flagged at once; the server checks again and its verdict is the one
 * that counts. Submitting goes through onSubmit rather than the form's action so React doesn't
 * reset the form (and the visitor's answers) when the server sends back errors.
 */
export function AnswerForm({ token, questions, action, alreadyAnswered, initialValues }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const [local, setLocal] = useState<{ message: string; fieldErrors: Record<string, string> } | null>(null);
  // Questions answered again since the last verdict: their error goes away as the visitor fixes them.
  const [fixed, setFixed] = useState<ReadonlySet<string>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const serverFailure = state && !state.ok ? state : null;
  const fieldErrors = Object.fromEntries(Object.entries(local?.fieldErrors ?? serverFailure?.fieldErrors ?? {}).filter(([id]) => !fixed.has(id)));
  const message = local?.message ?? serverFailure?.message;

  // After a refusal, put the keyboard on the first question to fix, or on the message.
  useEffect(() => {
    if (!message) return;
    const first = questions.find((q) => fieldErrors[q.id]);
    const control = first ? formRef.current?.querySelector<HTMLElement>(`[data-question="${first.id}"] input, [data-question="${first.id}"] textarea`) : null;
    (control ?? summaryRef.current)?.focus();
    // Only when a new verdict arrives, not on every render.
  }, [state, local]); // eslint-disable-line react-hooks/exhaustive-deps

  // The outcome of this visit first: setting the cookie makes Next re-render the page with
  // alreadyAnswered, and the visitor who just answered should still read "Thank you".
  if (state?.ok) return <AnsweredNotice outcome={state.data?.outcome ?? "stored"} focus />;
  if (alreadyAnswered) return <AnsweredNotice outcome="already_answered" />;

  function onChange(event: FormEvent<HTMLFormElement>) {
    const id = questionIdOfField((event.target as HTMLInputElement).name ?? "");
    if (id && fieldErrors[id]) setFixed((previous) => new Set(previous).add(id));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    setFixed(new Set());
    const { answers, issues } = checkAnswers(questions, answersFromFields(formFields(form)));
    if (issues.length > 0) {
      setLocal({ message: "Please check the highlighted questions.", fieldErrors: Object.fromEntries(issues.map((i) => [String(i.path[0]), i.message])) });
      return;
    }
    if (answers.length === 0) {
      setLocal({ message: "Please answer at least one question.", fieldErrors: {} });
      return;
    }
    setLocal(null);
    const data = new FormData(form);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="space-y-5">
      <input type="hidden" name="token" value={token} />
      {message ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md bg-red-50 px-4 py-3 text-base font-medium text-red-800 ring-1 ring-inset ring-red-200">
          {message}
        </div>
      ) : null}
      {questions.map((question) => {
        const Render = RENDERERS[question.type];
        return <Render key={question.id} question={question} error={fieldErrors[question.id]} defaultValue={initialValues?.[question.id]} />;
      })}
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="flex h-12 w-full items-center justify-center rounded-md bg-brand-600 px-4 text-base font-semibold text-white shadow-sm transition hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-500"
      >
        {pending ? "Sending…" : "Send my answers"}
      </button>
    </form>
  );
}
