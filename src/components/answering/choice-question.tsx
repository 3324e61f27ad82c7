import type { AnswerableQuestion } from "@/lib/schemas/answer";
import { answerFieldName, choiceFieldName } from "@/lib/schemas/answer";
import { QuestionFieldset } from "./question-fieldset";

type Props = { question: AnswerableQuestion; error?: string; defaultValue?: string | string[] };

/** Single choice as radios, multiple choice as checkboxes: whole rows are the tap target. */
export function ChoiceQuestion({ question, error, defaultValue }: Props) {
  const chosen = new Set(typeof defaultValue === "string" ? [defaultValue] : (defaultValue ?? []));
  const multiple = question.type === "MULTIPLE_CHOICE";
  return (
    <QuestionFieldset
      questionId={question.id}
      prompt={question.prompt}
      required={question.required}
      error={error}
      hint={multiple ? "Choose all that apply." : undefined}
    >
      <ul className="space-y-2">
        {question.options.map((option) => {
          const id = `${question.id}-${option.id}`;
          return (
            <li key={option.id}>
              <label
                htmlFor={id}
                className="flex min-h-12 cursor-pointer items-center gap-3 rounded-md px-3 py-2 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600"
              >
                <input
                  id={id}
                  type={multiple ? "checkbox" : "radio"}
                  name={multiple ? choiceFieldName(question.id, option.id) : answerFieldName(question.id)}
                  value={multiple ? "on" : option.id}
                  defaultChecked={chosen.has(option.id)}
                  required={!multiple && question.required}
                  // Radios can't carry aria-invalid; the group's description carries the error.
                  aria-invalid={multiple && error ? true : undefined}
                  className="h-5 w-5 shrink-0 accent-brand-600"
                />
                <span className="text-base text-slate-900">{option.label}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </QuestionFieldset>
  );
}
