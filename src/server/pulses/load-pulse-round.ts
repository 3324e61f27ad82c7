/**
 * Which pulse rounds a member may answer, and the form for one of them. A round is theirs when
 * it is open now, its survey is an active employee survey of their organization, and the pulse
 * reaches their current team (./pulse-teams.ts). What they answered is never read here: only
 * whether they took part (Participation), to stop a second answer.
 */
import type { AnswerableQuestion } from "@/lib/schemas/answer";
import type { DbOrTx } from "../prisma-client";
import { loadAnswerableQuestions } from "../answering/answerable-questions";
import { pulseTeamIds } from "./pulse-teams";

export type PulseMember = { orgId: string; userId: string; teamId: string | null };

export const NO_TEAM_MESSAGE = "You are not in a team yet, so team pulses can't reach you. Ask an admin to add you to your team.";
export const ALREADY_ANSWERED_MESSAGE = "You already answered this round";
export const NOT_OPEN_MESSAGE = "This pulse is closed or not meant for your team.";

export type OpenPulse = { roundId: string; surveyId: string; title: string; description: string | null; opensAt: Date; closesAt: Date };

const openRoundWhere = (orgId: string, now: Date) =>
  ({ orgId, status: "OPEN", opensAt: { lte: now }, closesAt: { gt: now }, survey: { orgId, status: "ACTIVE", audience: "EMPLOYEE" } }) as const;

const roundSelect = {
  id: true,
  surveyId: true,
  opensAt: true,
  closesAt: true,
  survey: { select: { title: true, description: true, metric: true } },
} as const;

/** The open rounds the member may answer and hasn't, soonest closing first. */
export async function listOpenPulses(db: DbOrTx, { member, now }: { member: PulseMember; now: Date }): Promise<OpenPulse[]> {
  const { orgId, userId, teamId } = member;
  if (!teamId) return [];
  const rounds = await db.pulseRound.findMany({
    where: { ...openRoundWhere(orgId, now), participations: { none: { userId } } },
    select: roundSelect,
    orderBy: [{ closesAt: "asc" }, { id: "asc" }],
  });
  // Few pulses run at once, so one subtree lookup per survey is cheap.
  const reaches = new Map<string, boolean>();
  for (const surveyId of new Set(rounds.map((r) => r.surveyId))) {
    reaches.set(surveyId, (await pulseTeamIds(db, { orgId, surveyId })).includes(teamId));
  }
  return rounds
    .filter((r) => reaches.get(r.surveyId))
    .map((r) => ({ roundId: r.id, surveyId: r.surveyId, title: r.survey.title, description: r.survey.description, opensAt: r.opensAt, closesAt: r.closesAt }));
}

export type PulseForm =
  | { state: "no_team" }
  | { state: "not_open" }
  | { state: "answered" }
  | { state: "open"; pulse: OpenPulse & { teamId: string }; questions: AnswerableQuestion[] };

/** One round, as the member would answer it; the same check guards the submission. */
export async function loadPulseForm(db: DbOrTx, { member, roundId, now }: { member: PulseMember; roundId: string; now: Date }): Promise<PulseForm> {
  const { orgId, userId, teamId } = member;
  if (!teamId) return { state: "no_team" };
  const round = await db.pulseRound.findFirst({ where: { id: roundId, ...openRoundWhere(orgId, now) }, select: roundSelect });
  if (!round) return { state: "not_open" };
  if (!(await pulseTeamIds(db, { orgId, surveyId: round.surveyId })).includes(teamId)) return { state: "not_open" };
  const participated = await db.participation.findFirst({ where: { orgId, surveyId: round.surveyId, roundId, userId }, select: { id: true } });
  if (participated) return { state: "answered" };
  const questions = await loadAnswerableQuestions(db, { orgId, surveyId: round.surveyId, metric: round.survey.metric });
  return {
    state: "open",
    pulse: { roundId: round.id, surveyId: round.surveyId, title: round.survey.title, description: round.survey.description, opensAt: round.opensAt, closesAt: round.closesAt, teamId },
    questions,
  };
}
