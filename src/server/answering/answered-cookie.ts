/**
 * The per-browser guard on public links: after a stored answer, a cookie scoped to that link's
 * path says so for a day. It stops the accidental second answer (a double tap, the back
 * button, a refreshed tab); it is not a security boundary (anyone can clear cookies), which is
 * what the per-address rate limits are for. docs/decisions/008-public-links-and-answering.md.
 */
import { answerPath } from "../distributions/public-url";

export const ANSWERED_COOKIE = "tandem-answered";
export const ANSWERED_COOKIE_MAX_AGE_SECONDS = 24 * 60 * 60;

/** The cookie holds the token it was set for, so only that link's cookie counts. */
export const hasAnswered = (cookieValue: string | undefined, token: string) => cookieValue === token;

export function answeredCookie(token: string, secure: boolean) {
  return {
    name: ANSWERED_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: "lax" as const,
    path: answerPath(token),
    maxAge: ANSWERED_COOKIE_MAX_AGE_SECONDS,
    secure,
  };
}
