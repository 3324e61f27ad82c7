/**
 * A member's answer to a pulse round, anonymous by construction (shared/DESIGN.md,
 * "Anonymity"; docs/decisions/011-pulses-and-jobs.md). One transaction writes two things that
 * share nothing but the organization, survey and team:
 * - Participation: who took part in which round, dated to the round's opening day (not the
 *   day they answered), so it can't be lined up with a response by date. Its unique
 *   (surveyId, roundId, userId) makes a second answer impossible, even from two tabs at once.
 * - Response + Answers: no user id, no instant (submittedAt is NULL), only the UTC day of the
 *   answer; ids are random uuid v4; and the rollup increment, as the public answering page does.
 * Answers are checked by the same rules as every other submission (checkAnswers).
 */
import { AppError } from "@/lib/errors";
import { checkAnswers } from "@/lib/schemas/answer";
import type { Db, Tx } from "../prisma-client";
import { insertResponse } from "../answering/store-response";
import { startOfUtcDay } from "./periods";
import { ALREADY_ANSWERED_MESSAGE, loadPulseForm, NO_TEAM_MESSAGE, NOT_OPEN_MESSAGE, type PulseMember } from "./load-pulse-round";

export type AnswerPulseOptions = {
  member: PulseMember;
  roundId: string;
  /** Question id → raw value, as answersFromFields gives them. */
  answers: Readonly<Record<string, unknown>>;
  now?: Date;
};

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";

export async function answerPulse(db: Db, { member, roundId, answers, now = new Date() }: AnswerPulseOptions): Promise<void> {
  const form = await loadPulseForm(db, { member, roundId, now });
  if (form.state === "no_team") throw new AppError("forbidden", NO_TEAM_MESSAGE);
  if (form.state === "answered") throw new AppError("conflict", ALREADY_ANSWERED_MESSAGE);
  if (form.state === "not_open") throw new AppError("not_found", NOT_OPEN_MESSAGE);
  const { answers: checked, issues } = checkAnswers(form.questions, answers);
  if (issues.length > 0) throw new AppError("validation_failed", "Please check the highlighted questions.", issues);
  if (checked.length === 0) throw new AppError("validation_failed", "Please answer at least one question.");

  const { orgId, userId } = member;
  const { surveyId, teamId } = form.pulse;
  const headline = form.questions.find((q) => q.isHeadline)?.id ?? null;

  await db.$transaction(async (tx) => {
    await holdRoundOpen(tx, { orgId, roundId, now });
    try {
      await tx.participation.create({ data: { orgId, surveyId, roundId, userId, teamId, day: startOfUtcDay(form.pulse.opensAt) } });
    } catch (error) {
      // A second tab, or a double submit, that got past the check above.
      if (isUniqueViolation(error)) throw new AppError("conflict", ALREADY_ANSWERED_MESSAGE);
      throw error;
    }
    // The member counts as invited for their team now, even if they joined or moved after the
    // round opened: the rates' denominators then always include everyone who answered.
    await tx.pulseInvite.upsert({
      where: { roundId_userId: { roundId, userId } },
      create: { roundId, userId, orgId, teamId },
      update: { teamId },
    });
    // The same writes as every other answer (response, answers, rollup); EMPLOYEE keeps no
    // instant and no identity.
    await insertResponse(tx, { distribution: { id: null, orgId, surveyId, teamId }, audience: "EMPLOYEE", answers: checked, headlineQuestionId: headline, now });
  });
}

/**
 * Shares the round's row lock until the answer is stored, so the tick's closing UPDATE waits
 * for it rather than closing the round between the check and the write.
 */
async function holdRoundOpen(tx: Tx, { orgId, roundId, now }: { orgId: string; roundId: string; now: Date }): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "PulseRound" WHERE id = ${roundId} AND "orgId" = ${orgId} FOR SHARE`;
  // Read through Prisma once locked, so the time is compared as Prisma stores it.
  const open = await tx.pulseRound.findFirst({ where: { id: roundId, orgId, status: "OPEN", closesAt: { gt: now } }, select: { id: true } });
  if (!open) throw new AppError("not_found", NOT_OPEN_MESSAGE);
}
