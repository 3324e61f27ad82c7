"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { MAX_QUESTIONS, QUESTION_TYPES, type QuestionType } from "@/lib/schemas/survey";
import { blankQuestion, makeKey, moveItem, QUESTION_TYPE_LABELS, type DraftQuestion } from "./builder-state";
import { QuestionCard } from "./question-card";

type QuestionListProps = {
  questions: DraftQuestion[];
  errors: Record<string, string>;
  onChange: (questions: DraftQuestion[]) => void;
};

/** Where focus goes after the list changes: a moved question's button, or a new question's prompt. */
type FocusTarget = { id: string; fallbackId?: string } | null;

const summary = (q: DraftQuestion) => (q.prompt.trim() ? `“${q.prompt.trim().slice(0, 60)}”` : "the question");

/**
 * The ordered question list: add, edit, remove, and move with Up and Down buttons. Every
 * move and removal is announced in a live region, and focus follows the moved question
 * (React may re-insert its element, which would otherwise drop focus).
 */
export function QuestionList({ questions, errors, onChange }: QuestionListProps) {
  const [announcement, setAnnouncement] = useState("");
  const [focus, setFocus] = useState<FocusTarget>(null);
  const [newType, setNewType] = useState<QuestionType>("RATING");
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focus) return;
    const target = document.getElementById(focus.id) as HTMLButtonElement | null;
    const element = target && !target.disabled ? target : focus.fallbackId ? document.getElementById(focus.fallbackId) : null;
    (element ?? headingRef.current)?.focus();
  }, [focus]);

  const move = (index: number, delta: -1 | 1) => {
    const question = questions[index];
    const to = index + delta;
    if (!question || to < 0 || to >= questions.length) return;
    onChange(moveItem(questions, index, to));
    setAnnouncement(`Moved ${summary(question)} to position ${to + 1} of ${questions.length}.`);
    const direction = delta < 0 ? "up" : "down";
    setFocus({ id: `${question.key}-${direction}`, fallbackId: `${question.key}-${direction === "up" ? "down" : "up"}` });
  };

  const remove = (index: number) => {
    const question = questions[index];
    if (!question) return;
    onChange(questions.filter((_, i) => i !== index));
    setAnnouncement(`Removed question ${index + 1}, ${summary(question)}. Nothing is deleted until you save.`);
    setFocus({ id: "questions-heading" });
  };

  const add = () => {
    const key = makeKey("q");
    onChange([...questions, blankQuestion(newType, key, [makeKey("c"), makeKey("c")])]);
    setAnnouncement(`Added question ${questions.length + 1}, ${QUESTION_TYPE_LABELS[newType]}.`);
    setFocus({ id: `${key}-prompt` });
  };

  return (
    <section aria-labelledby="questions-heading" className="space-y-3">
      <h2 id="questions-heading" ref={headingRef} tabIndex={-1} className="text-base font-semibold text-slate-900">
        Questions ({questions.length})
      </h2>
      {errors.questions ? <p className="text-sm font-medium text-red-700">{errors.questions}</p> : null}
      <p aria-live="polite" role="status" className="sr-only" data-testid="question-announcer">
        {announcement}
      </p>
      <ol className="space-y-3">
        {questions.map((q, index) => (
          <li key={q.key}>
            <QuestionCard
              question={q}
              index={index}
              count={questions.length}
              errors={errors}
              onChange={(patch) => onChange(questions.map((item) => (item.key === q.key ? { ...item, ...patch } : item)))}
              onMove={(delta) => move(index, delta)}
              onRemove={() => remove(index)}
            />
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-end gap-2 rounded-lg border border-dashed border-slate-300 p-3">
        <div className="space-y-1">
          <label htmlFor="new-question-type" className="block text-sm font-medium text-slate-800">
            New question type
          </label>
          <select
            id="new-question-type"
            value={newType}
            onChange={(e) => setNewType(e.target.value as QuestionType)}
            className="block rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500"
          >
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {QUESTION_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" onClick={add} disabled={questions.length >= MAX_QUESTIONS}>
          Add question
        </Button>
      </div>
    </section>
  );
}
