/**
 * Which customer responses open a follow-up and which may become kudos (shared/DESIGN.md,
 * "The numbers"): detractors are NPS 0–6, dissatisfied customers CSAT 1–2; promoters NPS 9–10
 * and, on the CSAT scale, only the top score 5. Both need words from the customer: a score
 * alone gives nobody anything to act on or to pass on.
 *
 * The batch path applies the same rule in SQL (src/server/follow-ups/open-follow-ups.ts);
 * the integration tests check both against these boundaries.
 */

export type CustomerMetric = "NPS" | "CSAT";

/** Scores at or below this open a follow-up. */
export const FOLLOW_UP_MAX_SCORE: Record<CustomerMetric, number> = { NPS: 6, CSAT: 2 };
/** Scores at or above this may be passed on as kudos. */
export const KUDOS_MIN_SCORE: Record<CustomerMetric, number> = { NPS: 9, CSAT: 5 };

export function hasComment(comment: string | null | undefined): comment is string {
  return typeof comment === "string" && comment.trim().length > 0;
}

export type RuleInput = { audience: "CUSTOMER" | "EMPLOYEE"; metric: CustomerMetric | "ENPS"; score: number | null; comment: string | null };

export function opensFollowUp({ audience, metric, score, comment }: RuleInput): boolean {
  if (audience !== "CUSTOMER" || metric === "ENPS" || score === null) return false;
  return score <= FOLLOW_UP_MAX_SCORE[metric] && hasComment(comment);
}

export function canBeKudos({ audience, metric, score, comment }: RuleInput): boolean {
  if (audience !== "CUSTOMER" || metric === "ENPS" || score === null) return false;
  return score >= KUDOS_MIN_SCORE[metric] && hasComment(comment);
}
