/**
 * Questions drawn as a respondent sees them. Pure and presentational (no hooks, no server
 * imports), so the builder's live preview and a public answering page can share them: native
 * radios, checkboxes and a textarea, named by `name`, that work in a plain form submission.
 */
import type { ReactNode } from "react";
import type { QuestionType } from "@/lib/schemas/survey";

/** Structurally the answering page's AnswerableQuestion (src/lib/schemas/answer.ts), minus what drawing doesn't need. */
export type PreviewQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  required: boolean;
  /** Inclusive range for NPS, CSAT and RATING; null for the other types. */
  scale: { min: number; max: number } | null;
  options: { id: string; label: string }[];
};

type QuestionViewProps = {
  question: PreviewQuestion;
  /** The form field's name; choices of a multiple-choice question are all sent under it. */
  name: string;
  /** Makes element ids unique when one question is drawn twice on a page. */
  idPrefix?: string;
  error?: string;
};

// The words at each end of a scale; the numbers between speak for themselves.
const END_LABELS: Partial<Record<QuestionType, readonly [string, string]>> = {
  NPS: ["Not at all likely", "Extremely likely"],
  CSAT: ["Very dissatisfied", "Very satisfied"],
  RATING: ["Strongly disagree", "Strongly agree"],
};

function Prompt({ text, required }: { text: string; required: boolean }) {
  return (
    <>
      {text || <span className="italic text-slate-500">(No prompt yet)</span>}
      {required ? (
        <>
          <span aria-hidden="true" className="ml-1 text-red-700">
            *
          </span>
          <span className="sr-only"> (required)</span>
        </>
      ) : null}
    </>
  );
}

function Frame({ children, error }: { children: ReactNode; error?: string }) {
  return <div className={`rounded-lg bg-white p-4 shadow-sm ring-1 ${error ? "ring-2 ring-red-600" : "ring-slate-200"}`}>{children}</div>;
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} role="alert" className="mt-2 text-sm font-medium text-red-700">
      {error}
    </p>
  ) : null;
}

/** A fieldset whose legend is the prompt, so every radio or checkbox is named in context. */
function Group({ question, base, error, hint, children }: { question: PreviewQuestion; base: string; error?: string; hint?: string; children: ReactNode }) {
  const describedBy = [error ? `${base}-error` : null, hint ? `${base}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <Frame error={error}>
      <fieldset aria-describedby={describedBy}>
        <legend className="mb-3 text-base font-semibold text-slate-900">
          <Prompt text={question.prompt} required={question.required} />
        </legend>
        {hint ? (
          <p id={`${base}-hint`} className="mb-2 text-sm text-slate-600">
            {hint}
          </p>
        ) : null}
        {children}
        <ErrorText id={`${base}-error`} error={error} />
      </fieldset>
    </Frame>
  );
}

function scaleColumns(count: number): string {
  // Eleven NPS targets wrap to two rows of six on a phone, so each stays easy to tap.
  if (count === 11) return "grid-cols-6 sm:grid-cols-11";
  return count === 7 ? "grid-cols-7" : "grid-cols-5";
}

function ScaleView({ question, name, idPrefix = "q", error }: QuestionViewProps) {
  const base = `${idPrefix}-${question.id}`;
  const { min, max } = question.scale ?? { min: 1, max: 5 };
  const values = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
  const ends = END_LABELS[question.type];
  return (
    <Group question={question} base={base} error={error}>
      <div className={`grid gap-1.5 ${scaleColumns(values.length)}`}>
        {values.map((value) => (
          <div key={value} className="relative">
            <input type="radio" id={`${base}-${value}`} name={name} value={value} required={question.required} className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0" />
            <label
              htmlFor={`${base}-${value}`}
              className="flex h-11 cursor-pointer items-center justify-center rounded-md bg-white text-sm font-semibold text-slate-900 ring-1 ring-inset ring-slate-400 peer-checked:bg-brand-600 peer-checked:text-white peer-hover:bg-brand-50 peer-checked:peer-hover:bg-brand-700 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600"
            >
              {value}
              {ends && (value === min || value === max) ? <span className="sr-only"> – {value === min ? ends[0] : ends[1]}</span> : null}
            </label>
          </div>
        ))}
      </div>
      {ends ? (
        <div aria-hidden="true" className="mt-2 flex justify-between gap-4 text-xs text-slate-600">
          <span>{ends[0]}</span>
          <span className="text-right">{ends[1]}</span>
        </div>
      ) : null}
    </Group>
  );
}

function ChoiceView({ question, name, idPrefix = "q", error }: QuestionViewProps) {
  const base = `${idPrefix}-${question.id}`;
  const multiple = question.type === "MULTIPLE_CHOICE";
  return (
    <Group question={question} base={base} error={error} hint={multiple ? "Choose all that apply." : undefined}>
      <ul className="space-y-2">
        {question.options.map((option, i) => (
          <li key={`${option.id}-${i}`}>
            <label
              htmlFor={`${base}-${i}`}
              className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-3 py-2 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600"
            >
              <input
                id={`${base}-${i}`}
                type={multiple ? "checkbox" : "radio"}
                name={name}
                value={option.id}
                required={!multiple && question.required}
                className="h-5 w-5 shrink-0 accent-brand-600"
              />
              <span className="text-sm text-slate-900">{option.label || <span className="italic text-slate-500">(Empty choice)</span>}</span>
            </label>
          </li>
        ))}
      </ul>
    </Group>
  );
}

function TextView({ question, name, idPrefix = "q", error }: QuestionViewProps) {
  const base = `${idPrefix}-${question.id}`;
  return (
    <Frame error={error}>
      <label htmlFor={`${base}-text`} className="mb-3 block text-base font-semibold text-slate-900">
        <Prompt text={question.prompt} required={question.required} />
      </label>
      <textarea
        id={`${base}-text`}
        name={name}
        rows={3}
        required={question.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${base}-error` : undefined}
        className="block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600"
      />
      <ErrorText id={`${base}-error`} error={error} />
    </Frame>
  );
}

/** One renderer per type: a table rather than a switch (shared/STYLE.md, habit 8). */
const VIEWS: Readonly<Record<QuestionType, (props: QuestionViewProps) => ReactNode>> = {
  NPS: ScaleView,
  CSAT: ScaleView,
  RATING: ScaleView,
  SINGLE_CHOICE: ChoiceView,
  MULTIPLE_CHOICE: ChoiceView,
  OPEN_TEXT: TextView,
};

export function QuestionView(props: QuestionViewProps) {
  const View = VIEWS[props.question.type];
  return <View {...props} />;
}

/** A whole survey as its respondents see it: title, description, the questions in order. */
export function SurveyPreview({ title, description, questions, idPrefix = "preview" }: { title: string; description?: string | null; questions: PreviewQuestion[]; idPrefix?: string }) {
  return (
    <div className="space-y-4">
      <div>
        <p className="text-lg font-semibold text-slate-900">{title || <span className="italic text-slate-500">(Untitled survey)</span>}</p>
        {description ? <p className="mt-1 whitespace-pre-line text-sm text-slate-600">{description}</p> : null}
      </div>
      <ol className="space-y-3">
        {questions.map((q) => (
          <li key={q.id}>
            <QuestionView question={q} name={`${idPrefix}-${q.id}`} idPrefix={idPrefix} />
          </li>
        ))}
      </ol>
    </div>
  );
}
