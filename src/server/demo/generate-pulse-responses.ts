/**
 * The monthly eNPS pulse, answered anonymously: responses carry no user and only a day, and
 * who took part is recorded apart, in shuffled order, dated to the round's opening day, with
 * nothing that points at an answer (shared/DESIGN.md, "Anonymity"). Scores are drawn without
 * reference to who answered, so no link exists even in the generator.
 */
import type { Prisma } from "@/generated/prisma/client";
import { addDays, startOfUtcDay } from "./calendar";
import { EMPLOYEE_NEGATIVE_COMMENTS, EMPLOYEE_NEUTRAL_COMMENTS, EMPLOYEE_POSITIVE_COMMENTS } from "./comments";
import type { DemoContext } from "./generate-demo";
import type { DemoOrg } from "./generate-org";
import { PULSE_ITEMS, type DemoSurveys } from "./generate-surveys";
import { drawEmployee, type HealthModel } from "./health";
import type { Random } from "./random";

export type PulseResponses = {
  rows: {
    responses: Prisma.ResponseCreateManyInput[];
    answers: Prisma.AnswerCreateManyInput[];
    participations: Prisma.ParticipationCreateManyInput[];
    invites: Prisma.PulseInviteCreateManyInput[];
  };
};

const COMMENT_RATE = 0.25;
const SKIP_ITEM_RATE = 0.04;

export function generatePulseResponses(ctx: DemoContext, org: DemoOrg, surveys: DemoSurveys, model: HealthModel): PulseResponses {
  const random = ctx.random.fork("pulse");
  const responses: Prisma.ResponseCreateManyInput[] = [];
  const answers: Prisma.AnswerCreateManyInput[] = [];
  const participations: Prisma.ParticipationCreateManyInput[] = [];
  const invites: Prisma.PulseInviteCreateManyInput[] = [];

  for (const round of surveys.rounds) {
    for (const [teamKey, staff] of org.staff) {
      const team = org.team(teamKey);
      // Everyone on a pulse team is invited: the denominator of participation rates.
      for (const person of staff) invites.push({ roundId: round.id, userId: person.userId, orgId: ctx.orgId, teamId: team.id });
      const h = model.health(teamKey, round.month.index);
      // Healthier teams answer more; 60–90% in all. Rounding down keeps a team of 5 at 4
      // respondents at most, so the smallest stores never reach k = 5.
      const rate = Math.min(0.9, Math.max(0.6, 0.75 + 0.06 * h + random.normal(0, 0.05)));
      const invited = Math.floor(staff.length * rate);
      const days: Date[] = [];
      for (const person of random.sample(staff, invited)) {
        const offset = answerDay(random);
        // In the round still open, those whose day hasn't come yet haven't answered.
        if (offset >= round.month.elapsedDays) continue;
        days.push(addDays(round.opensAt, offset));
        // Participation is dated to the round's opening day, never the answer's, as the app
        // records it (src/server/pulses/answer-pulse.ts): the two can't be matched by date.
        participations.push({ id: ctx.newId(), orgId: ctx.orgId, surveyId: surveys.pulseId, roundId: round.id, userId: person.userId, teamId: team.id, day: startOfUtcDay(round.opensAt) });
      }
      for (const day of random.shuffle(days)) {
        const id = ctx.newId();
        const drawn = drawEmployee(random, h, PULSE_ITEMS.length);
        const comment = random.chance(COMMENT_RATE) ? random.pick(commentPool(drawn.enps)) : null;
        responses.push({
          id,
          orgId: ctx.orgId,
          surveyId: surveys.pulseId,
          teamId: team.id,
          score: drawn.enps,
          comment,
          submittedAt: null,
          submittedOn: day,
        });
        answers.push({ id: ctx.newId(), orgId: ctx.orgId, responseId: id, questionId: surveys.question["pulse-enps"], numberValue: drawn.enps });
        PULSE_ITEMS.forEach((key, i) => {
          const value = drawn.items[i];
          if (value === undefined || random.chance(SKIP_ITEM_RATE)) return;
          answers.push({ id: ctx.newId(), orgId: ctx.orgId, responseId: id, questionId: surveys.question[key], numberValue: value });
        });
        if (comment) answers.push({ id: ctx.newId(), orgId: ctx.orgId, responseId: id, questionId: surveys.question["pulse-comment"], textValue: comment });
      }
    }
  }
  // Stored in an order unrelated to the responses', so not even row order lines them up.
  return { rows: { responses, answers, participations: random.shuffle(participations), invites } };
}

/** Most answer in the first days after the invitation, the rest after the reminder. */
function answerDay(random: Random): number {
  return random.chance(0.7) ? random.int(0, 4) : random.int(5, 13);
}

function commentPool(enps: number): string[] {
  if (enps <= 6) return EMPLOYEE_NEGATIVE_COMMENTS;
  if (enps <= 8) return EMPLOYEE_NEUTRAL_COMMENTS;
  return EMPLOYEE_POSITIVE_COMMENTS;
}
