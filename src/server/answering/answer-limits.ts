import { AppError } from "@/lib/errors";
import type { DbOrTx } from "../prisma-client";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";

/**
 * Per address, counted in PostgreSQL so every app instance agrees (shared/DESIGN.md, "Scale
 * path"). Generous for a shop's wifi, where many customers share one address, and low enough
 * that one script can't swing a team's score: 20 answers per survey in 10 minutes, 200 in all
 * per hour. docs/decisions/008-public-links-and-answering.md.
 */
export const ANSWER_LIMITS = {
  perSurvey: { limit: 20, windowMs: 10 * 60 * 1000 },
  overall: { limit: 200, windowMs: 60 * 60 * 1000 },
} as const;

export type AnswerLimits = { perSurvey: { limit: number; windowMs: number }; overall: { limit: number; windowMs: number } };

export const TOO_MANY_MESSAGE = "Too many responses from your network, try later.";

export const overallKey = (address: string) => `answer:address:${address}`;
export const perSurveyKey = (address: string, surveyId: string) => `answer:survey:${surveyId}:${address}`;

/** Counts one attempt against a limit; throws rate_limited once it is spent. */
export async function spendAnswerLimit(db: DbOrTx, key: string, rule: { limit: number; windowMs: number }, now: Date): Promise<void> {
  const hit = await hitRateLimit(db, { key, ...rule, now });
  if (!hit.allowed) throw new AppError("rate_limited", TOO_MANY_MESSAGE);
}
