/**
 * Builds the whole demo organization as plain rows, without touching the database: the same
 * seed and "now" give the same data (ids and link tokens aside, which come from the OS).
 * seed-demo.ts inserts the rows.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { DAY_MS, HOUR_MS, addMs, demoMonths, type DemoMonth } from "./calendar";
import { generateCustomerResponses } from "./generate-customer-responses";
import { generateFollowUps, type DemoFollowUps } from "./generate-follow-ups";
import { generateIdeas, type DemoIdeas } from "./generate-ideas";
import { generateJourneys } from "./generate-journeys";
import { generateOrg, type DemoOrg } from "./generate-org";
import { generatePulseResponses } from "./generate-pulse-responses";
import { generateSurveys, type DemoSurveys } from "./generate-surveys";
import { createHealthModel } from "./health";
import { createRandom, type Random } from "./random";

export const DEMO_MONTHS = 6;

export type DemoContext = {
  orgId: string;
  ownerId: string;
  now: Date;
  months: DemoMonth[];
  /** When the demo org "started": a month before its first data. */
  orgCreatedAt: Date;
  random: Random;
  newId: () => string;
};

export type GenerateDemoOptions = {
  orgId: string;
  ownerId: string;
  /** Shared by every demo user (they all have the demo password). */
  passwordHash: string;
  seed: number;
  now: Date;
  newId?: () => string;
};

/** Rows per table, in an order that satisfies the foreign keys when inserted top to bottom. */
export type DemoRows = {
  teams: Prisma.TeamCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  surveys: Prisma.SurveyCreateManyInput[];
  questions: Prisma.QuestionCreateManyInput[];
  distributions: Prisma.DistributionCreateManyInput[];
  pulseRounds: Prisma.PulseRoundCreateManyInput[];
  pulseTeams: Prisma.PulseTeamCreateManyInput[];
  responses: Prisma.ResponseCreateManyInput[];
  answers: Prisma.AnswerCreateManyInput[];
  participations: Prisma.ParticipationCreateManyInput[];
  pulseInvites: Prisma.PulseInviteCreateManyInput[];
  journeys: Prisma.JourneyCreateManyInput[];
  stages: Prisma.JourneyStageCreateManyInput[];
  touchpoints: Prisma.TouchpointCreateManyInput[];
  stageQuestions: Prisma.StageQuestionCreateManyInput[];
  ideas: Prisma.IdeaCreateManyInput[];
  ideaStatusChanges: Prisma.IdeaStatusChangeCreateManyInput[];
  ideaVotes: Prisma.IdeaVoteCreateManyInput[];
  ideaComments: Prisma.IdeaCommentCreateManyInput[];
  ideaFollowers: Prisma.IdeaFollowerCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
  followUpNotes: Prisma.FollowUpNoteCreateManyInput[];
  kudos: Prisma.KudosCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
};

export type DemoPlan = { orgCreatedAt: Date; ownerTeamId: string; rows: DemoRows };

export function generateDemo(options: GenerateDemoOptions): DemoPlan {
  const months = demoMonths(options.now, DEMO_MONTHS);
  const first = months[0];
  if (!first) throw new Error("The demo needs at least one month");
  const ctx: DemoContext = {
    orgId: options.orgId,
    ownerId: options.ownerId,
    now: options.now,
    months,
    orgCreatedAt: addMs(first.start, -30 * DAY_MS),
    random: createRandom(options.seed),
    newId: options.newId ?? randomUUID,
  };

  const org = generateOrg(ctx, options.passwordHash);
  const surveys = generateSurveys(ctx, org);
  const pulseTeams = [...org.staff.keys()];
  const model = createHealthModel(ctx.random.fork("health"), pulseTeams, DEMO_MONTHS);
  const customers = generateCustomerResponses(ctx, org, surveys, model);
  const pulse = generatePulseResponses(ctx, org, surveys, model);
  const journeys = generateJourneys(ctx, org, surveys);
  const ideas = generateIdeas(ctx, org, journeys);
  const followUps = generateFollowUps(ctx, org, customers.list);

  return {
    orgCreatedAt: ctx.orgCreatedAt,
    ownerTeamId: org.team("head-office").id,
    rows: {
      ...org.rows,
      ...surveys.rows,
      responses: [...customers.rows.responses, ...pulse.rows.responses],
      answers: [...customers.rows.answers, ...pulse.rows.answers],
      participations: pulse.rows.participations,
      pulseInvites: pulse.rows.invites,
      ...journeys.rows,
      ideas: ideas.rows.ideas,
      ideaStatusChanges: ideas.rows.statusChanges,
      ideaVotes: ideas.rows.votes,
      ideaComments: ideas.rows.comments,
      ideaFollowers: ideas.rows.followers,
      followUps: followUps.rows.followUps,
      followUpNotes: followUps.rows.notes,
      kudos: followUps.rows.kudos,
      notifications: generateNotifications(ctx, org, surveys, ideas, followUps),
    },
  };
}

/** A handful of notifications for the people the demo signs in as. */
function generateNotifications(ctx: DemoContext, org: DemoOrg, surveys: DemoSurveys, ideas: DemoIdeas, followUps: DemoFollowUps): Prisma.NotificationCreateManyInput[] {
  const rows: Prisma.NotificationCreateManyInput[] = [];
  const notify = (userId: string, kind: string, title: string, body: string, link: string, createdAt: Date, read = false) =>
    rows.push({ id: ctx.newId(), orgId: ctx.orgId, userId, kind, title, body, link, createdAt, readAt: read ? addMs(createdAt, 2 * HOUR_MS) : null });

  const frontline = org.demoFrontline;
  for (const idea of ideas.list.filter((i) => i.authorId === frontline.userId)) {
    notify(frontline.userId, "idea.status", `Your idea is now ${idea.status.toLowerCase().replace("_", " ")}`, idea.title, `/ideas/${idea.id}`, idea.statusChangedAt, idea.status === "DONE");
  }
  const teamKudos = followUps.kudos.filter((k) => k.teamKey === frontline.teamKey).at(-1);
  if (teamKudos) notify(frontline.userId, "kudos", "A customer praised your team", "Kudos passed on from a customer's comment.", `/teams/${org.team(teamKudos.teamKey).id}`, teamKudos.createdAt);

  const round = surveys.rounds.at(-1);
  if (round) {
    const opened = round.opensAt > ctx.now ? ctx.now : round.opensAt;
    notify(frontline.userId, "pulse.open", `The ${round.month.label} pulse is open`, "Five questions, anonymous, about two minutes.", "/inbox", opened);
    notify(org.hr.userId, "pulse.open", `The ${round.month.label} pulse round is open`, "Sent to every store and Customer Support.", `/surveys/${surveys.pulseId}`, opened, true);
  }

  const manager = org.managers.get("pnw");
  if (manager) {
    const region = org.teams.filter((t) => t.spec.parent === "pnw").map((t) => t.key);
    const cases = followUps.list.filter((f) => f.status === "OPEN" && region.includes(f.teamKey));
    for (const followUp of cases.slice(-2)) {
      notify(manager.userId, "followup.opened", `New follow-up: ${org.team(followUp.teamKey).name}`, "A detractor left a comment. Reach out within 48 hours.", `/follow-ups/${followUp.id}`, followUp.createdAt);
    }
  }
  const fresh = ideas.list.filter((i) => i.status === "NEW");
  const latest = fresh.reduce<Date | null>((max, i) => (!max || i.statusChangedAt > max ? i.statusChangedAt : max), null);
  if (latest) notify(org.cxLeader.userId, "idea.new", `${fresh.length} new ideas waiting for review`, "From frontline teams, for the next CX committee.", "/ideas?status=NEW", latest);
  return rows;
}
