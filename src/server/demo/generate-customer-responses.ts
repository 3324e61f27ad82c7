/**
 * Six months of customer answers: NPS after store visits, CSAT after returns and support
 * contacts, each attributed to the team that served the customer.
 */
import type { Prisma } from "@/generated/prisma/client";
import { DAY_MS, HOUR_MS, addMs, startOfUtcDay, type DemoMonth } from "./calendar";
import {
  NPS_DETRACTOR_COMMENTS,
  NPS_PASSIVE_COMMENTS,
  NPS_PROMOTER_COMMENTS,
  SUPPORT_HIGH_COMMENTS,
  SUPPORT_LOW_COMMENTS,
  SUPPORT_MID_COMMENTS,
  fillComment,
} from "./comments";
import type { DemoContext } from "./generate-demo";
import type { DemoOrg, DemoTeam } from "./generate-org";
import type { DemoSurveys } from "./generate-surveys";
import { drawCsat, drawNps, type HealthModel } from "./health";
import { LAST_NAMES } from "./org-chart";
import type { Random } from "./random";

export type CustomerResponse = {
  id: string;
  kind: "NPS" | "CSAT";
  team: DemoTeam;
  score: number;
  comment: string | null;
  /** The staff member a comment names, for kudos. */
  praised: string | null;
  submittedAt: Date;
  respondentEmail: string | null;
};

export type CustomerResponses = {
  list: CustomerResponse[];
  rows: { responses: Prisma.ResponseCreateManyInput[]; answers: Prisma.AnswerCreateManyInput[] };
};

type Band = "low" | "mid" | "high";
type Pools = Record<Band, string[]>;
const STORE_POOLS: Pools = { low: NPS_DETRACTOR_COMMENTS, mid: NPS_PASSIVE_COMMENTS, high: NPS_PROMOTER_COMMENTS };
const SUPPORT_POOLS: Pools = { low: SUPPORT_LOW_COMMENTS, mid: SUPPORT_MID_COMMENTS, high: SUPPORT_HIGH_COMMENTS };
// Unhappy customers write more often than content ones.
const COMMENT_RATE: Record<Band, number> = { low: 0.6, mid: 0.2, high: 0.3 };

const npsBand = (score: number): Band => (score <= 6 ? "low" : score <= 8 ? "mid" : "high");
const csatBand = (score: number): Band => (score <= 2 ? "low" : score === 3 ? "mid" : "high");

export function generateCustomerResponses(ctx: DemoContext, org: DemoOrg, surveys: DemoSurveys, model: HealthModel): CustomerResponses {
  const random = ctx.random.fork("customers");
  const out: CustomerResponses = { list: [], rows: { responses: [], answers: [] } };
  const stores = org.teams.filter((t) => t.kind === "store");
  const support = org.team("support");

  for (const month of ctx.months) {
    for (const store of stores) {
      const h = model.customerHealth(store.key, month.index);
      const count = volume(random, store.spec.traffic ?? 20, month);
      for (let i = 0; i < count; i++) {
        const score = drawNps(random, h);
        add(out, ctx, random, org, surveys, { kind: "NPS", team: store, score, band: npsBand(score), pools: STORE_POOLS, month, emailRate: 0.15 });
      }
      // Returns and exchanges at the store's own desk.
      const returns = volume(random, 5, month);
      for (let i = 0; i < returns; i++) {
        const score = drawCsat(random, h);
        add(out, ctx, random, org, surveys, { kind: "CSAT", team: store, score, band: csatBand(score), pools: STORE_POOLS, month, emailRate: 0.3 });
      }
    }
    const h = model.customerHealth(support.key, month.index);
    const contacts = volume(random, 45, month);
    for (let i = 0; i < contacts; i++) {
      const score = drawCsat(random, h);
      add(out, ctx, random, org, surveys, { kind: "CSAT", team: support, score, band: csatBand(score), pools: SUPPORT_POOLS, month, emailRate: 0.6 });
    }
  }
  return out;
}

/** A month's count around `mean` (±20%), pro rata for the month in progress. */
function volume(random: Random, mean: number, month: DemoMonth): number {
  return Math.round(mean * random.float(0.8, 1.2) * month.elapsedShare);
}

type Draw = { kind: "NPS" | "CSAT"; team: DemoTeam; score: number; band: Band; pools: Pools; month: DemoMonth; emailRate: number };

function add(out: CustomerResponses, ctx: DemoContext, random: Random, org: DemoOrg, surveys: DemoSurveys, draw: Draw): void {
  const id = ctx.newId();
  const submittedAt = visitTime(random, draw.month, ctx.now);
  let comment: string | null = null;
  let praised: string | null = null;
  if (random.chance(COMMENT_RATE[draw.band])) {
    const template = random.pick(draw.pools[draw.band]);
    const staff = org.staff.get(draw.team.key) ?? [];
    if (template.includes("{staff}") && staff.length > 0) {
      praised = random.pick(staff).firstName;
      comment = fillComment(template, praised);
    } else {
      comment = fillComment(template, "the team");
    }
  }
  const respondentEmail = random.chance(draw.emailRate) ? customerEmail(random) : null;
  const isNps = draw.kind === "NPS";
  out.list.push({ id, kind: draw.kind, team: draw.team, score: draw.score, comment, praised, submittedAt, respondentEmail });
  out.rows.responses.push({
    id,
    orgId: ctx.orgId,
    surveyId: isNps ? surveys.npsId : surveys.csatId,
    teamId: draw.team.id,
    distributionId: isNps ? (surveys.storeQr.get(draw.team.key) ?? null) : draw.team.key === "support" ? surveys.supportWidgetId : null,
    score: draw.score,
    comment,
    submittedAt,
    submittedOn: startOfUtcDay(submittedAt),
    respondentEmail,
  });
  out.rows.answers.push({ id: ctx.newId(), orgId: ctx.orgId, responseId: id, questionId: surveys.question[isNps ? "nps" : "csat"], numberValue: draw.score });
  if (comment) {
    out.rows.answers.push({ id: ctx.newId(), orgId: ctx.orgId, responseId: id, questionId: surveys.question[isNps ? "nps-reason" : "csat-better"], textValue: comment });
  }
}

/** During opening hours (9:00–21:00 UTC) on a day of the month, never after "now". */
function visitTime(random: Random, month: DemoMonth, now: Date): Date {
  const day = addMs(month.start, random.int(0, month.elapsedDays - 1) * DAY_MS);
  const instant = addMs(day, 9 * HOUR_MS + random.int(0, 12 * 60 - 1) * 60_000 + random.int(0, 59) * 1000);
  if (instant <= now) return instant;
  return addMs(day, Math.floor(random.next() * (now.getTime() - day.getTime())));
}

function customerEmail(random: Random): string {
  const initial = String.fromCharCode(97 + random.int(0, 25));
  const last = random.pick(LAST_NAMES).toLowerCase();
  return `${initial}.${last}${random.int(10, 99)}@example.com`;
}
