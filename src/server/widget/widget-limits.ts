/**
 * Per-address limits on widget submissions, counted in PostgreSQL like every public limit
 * (src/server/rate-limit/hit-rate-limit.ts). The overall per-address budget is the answering
 * page's own key and rule, so links and widgets draw on one budget and a script can't double
 * its reach by switching channel.
 */
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "../prisma-client";
import { ANSWER_LIMITS, overallKey, TOO_MANY_MESSAGE } from "../answering/answer-limits";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { sha256Hex } from "../crypto";

type Rule = { limit: number; windowMs: number };
export type WidgetLimits = { overall: Rule; perWidget: Rule; repeatWindowMs: number };

/**
 * 10 per widget in 10 minutes is lower than a public link's 20 per survey: a widget sits on a
 * page anyone can script against from anywhere, while a link is mostly read off a poster in a
 * shop. An identical answer from the same address within a minute is a double submission.
 */
export const WIDGET_LIMITS: WidgetLimits = {
  overall: ANSWER_LIMITS.overall,
  perWidget: { limit: 10, windowMs: 10 * 60 * 1000 },
  repeatWindowMs: 60 * 1000,
};

/** A 429 that knows when to come back, for the Retry-After header. */
export class RetryLaterError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("rate_limited", TOO_MANY_MESSAGE);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

async function spend(db: DbOrTx, key: string, rule: Rule, now: Date): Promise<void> {
  const hit = await hitRateLimit(db, { key, ...rule, now });
  if (!hit.allowed) throw new RetryLaterError(hit.retryAfterSeconds);
}

export const spendOverall = (db: DbOrTx, address: string, limits: WidgetLimits, now: Date) => spend(db, overallKey(address), limits.overall, now);

export const spendPerWidget = (db: DbOrTx, address: string, distributionId: string, limits: WidgetLimits, now: Date) =>
  spend(db, `widget:${distributionId}:${address}`, limits.perWidget, now);

/**
 * The key that marks "this address just sent this answer through this widget". The answer is
 * hashed so the rate-limit table never holds a customer's comment.
 */
export function repeatKey(distributionId: string, address: string, answer: { score: number; comment: string | null }): string {
  return `widget:repeat:${distributionId}:${address}:${sha256Hex(JSON.stringify([answer.score, answer.comment]))}`;
}
