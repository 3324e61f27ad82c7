/**
 * Survey and daily-rollup rows written straight through Prisma, so the metrics tests don't
 * depend on the ingestion endpoint: addScores does to DailyRollup what an ingested response
 * does (one more count in the day's histogram).
 */
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/server/db";
import type { MetricName } from "@/lib/schemas/metrics";

const SCALES: Record<MetricName, { type: "NPS" | "CSAT"; min: number; max: number; audience: "CUSTOMER" | "EMPLOYEE" }> = {
  NPS: { type: "NPS", min: 0, max: 10, audience: "CUSTOMER" },
  CSAT: { type: "CSAT", min: 1, max: 5, audience: "CUSTOMER" },
  ENPS: { type: "NPS", min: 0, max: 10, audience: "EMPLOYEE" },
};

export async function makeSurvey(orgId: string, metric: MetricName, options: { title?: string } = {}) {
  const scale = SCALES[metric];
  const survey = await db.survey.create({
    data: { orgId, metric, audience: scale.audience, status: "ACTIVE", title: options.title ?? `${metric} ${randomBytes(3).toString("hex")}` },
    select: { id: true, metric: true },
  });
  await db.question.create({
    data: { orgId, surveyId: survey.id, position: 0, type: scale.type, prompt: "Headline", isHeadline: true, required: true, scaleMin: scale.min, scaleMax: scale.max },
  });
  return survey;
}

/** Adds answers to the (survey, team, day) histogram; `day` is YYYY-MM-DD (UTC). */
export async function addScores(orgId: string, surveyId: string, teamId: string, day: string, scores: readonly number[]) {
  if (scores.length === 0) return;
  const survey = await db.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { metric: true } });
  const { min, max } = SCALES[survey.metric];
  const counts: Record<string, number> = {};
  for (const score of scores) {
    if (!Number.isInteger(score) || score < min || score > max) throw new RangeError(`score ${score} is off the ${survey.metric} scale`);
    counts[`h${score}`] = (counts[`h${score}`] ?? 0) + 1;
  }
  const date = new Date(`${day}T00:00:00.000Z`);
  const increments = Object.fromEntries(Object.entries(counts).map(([h, c]) => [h, { increment: c }]));
  await db.dailyRollup.upsert({
    where: { surveyId_teamId_day: { surveyId, teamId, day: date } },
    create: { orgId, surveyId, teamId, day: date, metric: survey.metric, n: scores.length, ...counts },
    update: { n: { increment: scores.length }, ...increments },
  });
}

/** `count` answers all equal to `score`: enough when only the group's size matters. */
export const repeat = (score: number, count: number): number[] => new Array<number>(count).fill(score);

export async function setThresholds(orgId: string, values: { anonymityThreshold?: number; minCxResponses?: number }) {
  await db.organization.update({ where: { id: orgId }, data: values });
}

// --- Expected figures: the DESIGN.md formulas written out again, independently of src/core.

type Json = Record<string, unknown>;

export function nps(promoters: number, passives: number, detractors: number) {
  const n = promoters + passives + detractors;
  const p = promoters / n;
  const d = detractors / n;
  return { score: 100 * (p - d), n, promoters, passives, detractors, marginOfError: 1.96 * 100 * Math.sqrt((p + d - (p - d) ** 2) / n) };
}

export function csat(scores: readonly number[]) {
  const n = scores.length;
  const satisfied = scores.filter((s) => s >= 4).length;
  const c = satisfied / n;
  return { score: 100 * c, mean: scores.reduce((a, b) => a + b, 0) / n, n, satisfied, marginOfError: 1.96 * 100 * Math.sqrt((c * (1 - c)) / n) };
}

export const EMPTY_NPS = { score: null, n: 0, promoters: 0, passives: 0, detractors: 0, marginOfError: null };

/** For toEqual: the same keys, non-integers to 1e-9 (the core computes the MOE in another order). */
export const approx = (figure: Json) =>
  Object.fromEntries(Object.entries(figure).map(([key, v]) => [key, typeof v === "number" && !Number.isInteger(v) ? expect.closeTo(v, 9) : v]));
