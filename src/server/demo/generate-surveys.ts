/**
 * The demo's three surveys (store NPS, support CSAT, the monthly eNPS pulse), how they reach
 * people, and one pulse round per month.
 */
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { addDays, type DemoMonth } from "./calendar";
import type { DemoContext } from "./generate-demo";
import type { DemoOrg } from "./generate-org";
import { ORG_NAME } from "./org-chart";

export type QuestionKey = "nps" | "nps-reason" | "csat" | "csat-better" | "pulse-enps" | "pulse-tools" | "pulse-manager" | "pulse-purpose" | "pulse-comment";
export type PulseItemKey = "pulse-tools" | "pulse-manager" | "pulse-purpose";
export const PULSE_ITEMS: PulseItemKey[] = ["pulse-tools", "pulse-manager", "pulse-purpose"];

export type DemoRound = { id: string; month: DemoMonth; opensAt: Date; closesAt: Date };

export type DemoSurveys = {
  npsId: string;
  csatId: string;
  pulseId: string;
  question: Record<QuestionKey, string>;
  rounds: DemoRound[];
  /** A QR code on each store's till, for the NPS survey. */
  storeQr: Map<string, string>;
  /** The help-centre widget, for CSAT answered after a support contact. */
  supportWidgetId: string;
  rows: {
    surveys: Prisma.SurveyCreateManyInput[];
    questions: Prisma.QuestionCreateManyInput[];
    distributions: Prisma.DistributionCreateManyInput[];
    pulseRounds: Prisma.PulseRoundCreateManyInput[];
    pulseTeams: Prisma.PulseTeamCreateManyInput[];
  };
};

type QuestionSpec = { key: QuestionKey; type: Prisma.QuestionCreateManyInput["type"]; prompt: string; headline?: boolean; scale?: [number, number] };

const NPS_QUESTIONS: QuestionSpec[] = [
  { key: "nps", type: "NPS", prompt: `How likely are you to recommend ${ORG_NAME} to a friend or colleague?`, headline: true, scale: [0, 10] },
  { key: "nps-reason", type: "OPEN_TEXT", prompt: "What is the main reason for your score?" },
];
const CSAT_QUESTIONS: QuestionSpec[] = [
  { key: "csat", type: "CSAT", prompt: "How satisfied are you with the help you received?", headline: true, scale: [1, 5] },
  { key: "csat-better", type: "OPEN_TEXT", prompt: "What could we have done better?" },
];
const PULSE_QUESTIONS: QuestionSpec[] = [
  { key: "pulse-enps", type: "NPS", prompt: `How likely are you to recommend ${ORG_NAME} as a place to work?`, headline: true, scale: [0, 10] },
  { key: "pulse-tools", type: "RATING", prompt: "I have the tools and training I need to serve customers well.", scale: [1, 5] },
  { key: "pulse-manager", type: "RATING", prompt: "My manager acts on the feedback our team gives.", scale: [1, 5] },
  { key: "pulse-purpose", type: "RATING", prompt: "I can see how my work makes a difference to our customers.", scale: [1, 5] },
  { key: "pulse-comment", type: "OPEN_TEXT", prompt: "What one thing would make your work better?" },
];

/** Pulse rounds open on the 1st; the current month's round stays open until the month ends. */
export function generateSurveys(ctx: DemoContext, org: DemoOrg): DemoSurveys {
  const createdAt = ctx.orgCreatedAt;
  const npsId = ctx.newId();
  const csatId = ctx.newId();
  const pulseId = ctx.newId();
  const surveys: Prisma.SurveyCreateManyInput[] = [
    {
      id: npsId,
      orgId: ctx.orgId,
      title: "Store visit NPS",
      description: "Asked after a store visit, from the QR code on the receipt and at the till.",
      audience: "CUSTOMER",
      metric: "NPS",
      status: "ACTIVE",
      anonymous: false,
      createdAt,
      updatedAt: createdAt,
    },
    {
      id: csatId,
      orgId: ctx.orgId,
      title: "Support CSAT",
      description: "Asked after a return, an exchange or a contact with Customer Support.",
      audience: "CUSTOMER",
      metric: "CSAT",
      status: "ACTIVE",
      anonymous: false,
      allowedOrigins: ["https://help.northwind.example"],
      createdAt,
      updatedAt: createdAt,
    },
    {
      id: pulseId,
      orgId: ctx.orgId,
      title: "Monthly pulse",
      description: "Five questions, once a month, for every store and Customer Support. Anonymous: answers carry no name and only the day.",
      audience: "EMPLOYEE",
      metric: "ENPS",
      status: "ACTIVE",
      anonymous: true,
      cadence: "MONTHLY",
      // Rounds open on the 1st and stay open two weeks, as the generated rounds below do.
      pulseStartsOn: ctx.months[0]?.start ?? null,
      pulseRoundDays: 14,
      createdAt,
      updatedAt: createdAt,
    },
  ];

  const question = {} as Record<QuestionKey, string>;
  const questions: Prisma.QuestionCreateManyInput[] = [];
  const addQuestions = (surveyId: string, specs: QuestionSpec[]) =>
    specs.forEach((spec, position) => {
      const id = ctx.newId();
      question[spec.key] = id;
      questions.push({
        id,
        orgId: ctx.orgId,
        surveyId,
        position,
        type: spec.type,
        prompt: spec.prompt,
        required: spec.headline ?? false,
        isHeadline: spec.headline ?? false,
        scaleMin: spec.scale?.[0] ?? null,
        scaleMax: spec.scale?.[1] ?? null,
        createdAt,
      });
    });
  addQuestions(npsId, NPS_QUESTIONS);
  addQuestions(csatId, CSAT_QUESTIONS);
  addQuestions(pulseId, PULSE_QUESTIONS);

  const stores = org.teams.filter((t) => t.kind === "store");
  const support = org.team("support");
  const distributions: Prisma.DistributionCreateManyInput[] = [];
  const storeQr = new Map<string, string>();
  // Tokens are secrets that grant access to a survey: random from the OS, never from the seed.
  const token = () => randomBytes(18).toString("base64url");
  for (const store of stores) {
    const id = ctx.newId();
    storeQr.set(store.key, id);
    distributions.push({ id, orgId: ctx.orgId, surveyId: npsId, teamId: store.id, kind: "QR_CODE", token: token(), createdAt });
  }
  const supportWidgetId = ctx.newId();
  distributions.push(
    { id: supportWidgetId, orgId: ctx.orgId, surveyId: csatId, teamId: support.id, kind: "WIDGET", token: token(), createdAt },
    { id: ctx.newId(), orgId: ctx.orgId, surveyId: npsId, teamId: null, kind: "PUBLIC_LINK", token: token(), createdAt },
  );

  const rounds: DemoRound[] = ctx.months.map((month) => ({
    id: ctx.newId(),
    month,
    opensAt: month.start,
    closesAt: month.isCurrent ? month.nextStart : addDays(month.start, 14),
  }));
  const pulseRounds: Prisma.PulseRoundCreateManyInput[] = rounds.map((round) => ({
    id: round.id,
    orgId: ctx.orgId,
    surveyId: pulseId,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    status: round.month.isCurrent ? "OPEN" : "CLOSED",
    createdAt: addDays(round.opensAt, -3),
  }));
  const pulseTeams: Prisma.PulseTeamCreateManyInput[] = [...stores, support].map((t) => ({ surveyId: pulseId, teamId: t.id, orgId: ctx.orgId }));

  return {
    npsId,
    csatId,
    pulseId,
    question,
    rounds,
    storeQr,
    supportWidgetId,
    rows: { surveys, questions, distributions, pulseRounds, pulseTeams },
  };
}
