/**
 * One follow-up with everything the person working it needs: the customer's score, every
 * answer with the question's wording (as the question read when it was answered), the team,
 * when, the customer's email where a personal link knew it, and the notes so far.
 */
import type { Prisma } from "@/generated/prisma/client";
import { notFound } from "@/lib/errors";
import type { FollowUpDetail } from "@/lib/schemas/follow-up";
import type { QuestionType } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";
import { storedOptions } from "../surveys/question-data";
import { SUMMARY_SELECT, toSummary } from "./follow-up-dto";
import { inScope, resolveFollowUpScope, type FollowUpActor, type FollowUpScope } from "./follow-up-scope";
import { loadUserNames } from "./list-open-follow-ups";

type StoredAnswer = {
  numberValue: number | null;
  textValue: string | null;
  choiceValues: string[];
  question: { type: QuestionType; scaleMax: number | null; options: Prisma.JsonValue };
};

/** How each question type reads as text (a table, shared/STYLE.md habit 8). */
const FORMAT: Record<QuestionType, (answer: StoredAnswer) => string | null> = {
  NPS: (a) => (a.numberValue === null ? null : `${a.numberValue} of 10`),
  CSAT: (a) => (a.numberValue === null ? null : `${a.numberValue} of 5`),
  RATING: (a) => (a.numberValue === null ? null : `${a.numberValue} of ${a.question.scaleMax ?? "?"}`),
  SINGLE_CHOICE: choiceLabels,
  MULTIPLE_CHOICE: choiceLabels,
  OPEN_TEXT: (a) => a.textValue,
};

function choiceLabels(answer: StoredAnswer): string | null {
  const options = storedOptions(answer.question.type, answer.question.options) ?? [];
  const labels = answer.choiceValues.map((id) => options.find((o) => o.id === id)?.label ?? id);
  return labels.length ? labels.join(", ") : null;
}

export type GetFollowUpOptions = { orgId: string; actor: FollowUpActor; followUpId: string; scope?: FollowUpScope };

/** The case's row, or a 404 when it is another organization's or outside the actor's scope. */
export async function findFollowUpInScope(db: DbOrTx, { orgId, actor, followUpId, scope }: GetFollowUpOptions) {
  const row = await db.followUp.findFirst({ where: { id: followUpId, orgId }, select: { id: true, teamId: true, status: true, ownerId: true, outcome: true, firstActionAt: true } });
  if (!row) throw notFound("Follow-up");
  const resolved = scope ?? (await resolveFollowUpScope(db, { orgId, actor }));
  if (!inScope(resolved, row.teamId)) throw notFound("Follow-up");
  return { row, scope: resolved };
}

export async function getFollowUp(db: DbOrTx, options: GetFollowUpOptions): Promise<FollowUpDetail> {
  const { orgId, followUpId } = options;
  await findFollowUpInScope(db, options);
  const row = await db.followUp.findFirstOrThrow({
    where: { id: followUpId, orgId },
    select: {
      ...SUMMARY_SELECT,
      response: { select: { ...SUMMARY_SELECT.response.select, submittedAt: true, submittedOn: true, respondentEmail: true } },
      notes: { select: { id: true, body: true, authorId: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  const answers = await db.answer.findMany({
    where: { orgId, responseId: row.responseId },
    select: {
      questionId: true,
      numberValue: true,
      textValue: true,
      choiceValues: true,
      question: { select: { prompt: true, type: true, scaleMax: true, options: true } },
    },
    orderBy: [{ question: { position: "asc" } }, { questionId: "asc" }],
  });
  const names = await loadUserNames(db, { orgId, userIds: [row.ownerId, ...row.notes.map((n) => n.authorId)] });
  return {
    ...toSummary(row, names),
    respondentEmail: row.response.respondentEmail,
    submittedAt: (row.response.submittedAt ?? row.response.submittedOn).toISOString(),
    answers: answers.flatMap((a) => {
      const value = FORMAT[a.question.type](a);
      return value === null ? [] : [{ questionId: a.questionId, prompt: a.question.prompt, value }];
    }),
    notes: row.notes.map((n) => ({
      id: n.id,
      body: n.body,
      authorId: n.authorId,
      authorName: n.authorId ? (names.get(n.authorId) ?? null) : null,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}
