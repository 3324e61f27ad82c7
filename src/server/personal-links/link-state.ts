/**
 * The life of a personal link, read from two columns of its Distribution row
 * (docs/decisions/009-personal-links-and-email.md):
 *
 *   fresh     usedAt null, before expiresAt      a click records the score; /r/<token> shows the survey
 *   open      usedAt set,  before expiresAt      the response exists; its follow-up page may still change it
 *   spent     usedAt set,  expiresAt passed      "You have already answered": nothing changes any more
 *   expired   usedAt null, expiresAt passed      never used in time: not found
 *
 * Recording the first answer sets usedAt and pulls expiresAt in to at most a day later; the
 * final submit sets expiresAt to that instant. So "single use" needs no extra column, and
 * every transition is one conditional write on a locked row.
 */
import { randomToken } from "../crypto";

export type LinkState = "fresh" | "open" | "spent" | "expired";

/** How long an unused link stays valid after it is sent. */
export const PERSONAL_LINK_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** After the first answer, how long the person may still complete or change it. */
export const FOLLOW_UP_WINDOW_MS = 24 * 60 * 60 * 1000;

export function linkState(row: { usedAt: Date | null; expiresAt: Date | null }, now: Date): LinkState {
  // A row without an expiry (made by hand, say) never expires on its own; its use still ends it.
  const live = row.expiresAt === null || row.expiresAt.getTime() > now.getTime();
  if (row.usedAt === null) return live ? "fresh" : "expired";
  return live ? "open" : "spent";
}

/** The expiry once the first answer is in: a day from now, never later than it already was. */
export function expiryAfterFirstAnswer(current: Date | null, now: Date): Date {
  const windowEnd = new Date(now.getTime() + FOLLOW_UP_WINDOW_MS);
  return current && current.getTime() < windowEnd.getTime() ? current : windowEnd;
}

/**
 * 24 random bytes (192 bits) in base64url, 32 characters. Unlike a poster's QR code there is no
 * reason to keep these short, and a personal link identifies a person.
 */
export const PERSONAL_LINK_TOKEN_BYTES = 24;
export const newPersonalLinkToken = (): string => randomToken(PERSONAL_LINK_TOKEN_BYTES);

export const personalLinkPath = (token: string) => `/r/${token}`;
export const scoreLinkPath = (token: string, score: number) => `/r/${token}/${score}`;
