/** Between the validated question shape (src/lib/schemas/survey.ts) and Question rows. */
import { Prisma } from "@/generated/prisma/client";
import { CHOICE_TYPES, type Choice, type Question, type QuestionType } from "@/lib/schemas/survey";

/**
 * The choices stored on a question, or null for types that have none. Rows written by other
 * code paths (the demo, imports) are read defensively: anything that isn't a list of
 * { id, label } strings is dropped rather than passed on.
 */
export function storedOptions(type: QuestionType, value: Prisma.JsonValue): Choice[] | null {
  if (!CHOICE_TYPES.includes(type) || !Array.isArray(value)) return null;
  return value.flatMap((item) => {
    if (!item || typeof item !== "object" || Array.isArray(item)) return [];
    const { id, label } = item as Record<string, unknown>;
    return typeof id === "string" && typeof label === "string" ? [{ id, label }] : [];
  });
}

/** The columns of a new Question row for a validated question at a position. */
export function questionColumns(q: Question, position: number) {
  return {
    position,
    type: q.type,
    prompt: q.prompt,
    required: q.required,
    isHeadline: q.isHeadline,
    scaleMin: q.scaleMin,
    scaleMax: q.scaleMax,
    // Prisma needs DbNull, not null, to store SQL NULL in a Json column.
    options: q.options ? q.options.map((c) => ({ id: c.id, label: c.label })) : Prisma.DbNull,
  } satisfies Omit<Prisma.QuestionUncheckedCreateInput, "orgId" | "surveyId">;
}

type StoredQuestion = { type: QuestionType; prompt: string; scaleMin: number | null; scaleMax: number | null; options: Prisma.JsonValue };

/**
 * Whether an edit changes what the question asks: its wording, type, scale or choices. Such
 * an edit to an answered question makes a new version; `required` and the position change
 * nothing an earlier answer means, so they are updated in place.
 */
export function changesMeaning(stored: StoredQuestion, next: Question): boolean {
  if (stored.type !== next.type || stored.prompt !== next.prompt) return true;
  if (stored.scaleMin !== next.scaleMin || stored.scaleMax !== next.scaleMax) return true;
  const choices = (list: Choice[] | null) => JSON.stringify(list?.map((c) => [c.id, c.label]) ?? null);
  return choices(storedOptions(stored.type, stored.options)) !== choices(next.options);
}
