"use client";

import { useEffect, useRef } from "react";
import type { AnswerOutcome } from "@/lib/schemas/answer";

const WORDS: Record<AnswerOutcome["outcome"], { title: string; body: string }> = {
  stored: { title: "Thank you!", body: "Your answer has been recorded. It helps the team that served you do even better." },
  already_answered: { title: "You have already answered — thank you", body: "We only need your answer once. Thank you for taking the time." },
};

/**
 * Replaces the form once it is done. Focus moves to the heading, so a screen reader announces
 * the outcome and keyboard users don't land on a vanished button.
 */
export function AnsweredNotice({ outcome, focus = false }: { outcome: AnswerOutcome["outcome"]; focus?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const words = WORDS[outcome];
  return (
    <section role="status" className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold text-slate-900">
        {words.title}
      </h2>
      <p className="mt-2 text-base text-slate-700">{words.body}</p>
    </section>
  );
}
