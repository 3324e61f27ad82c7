import { env } from "@/env";

type HeaderReader = { get(name: string): string | null };

/**
 * The origin printed on posters and copied into emails. NEXTAUTH_URL is the configured public
 * address; without it (a quick local run) the request's own host is the best guess. The host
 * header is only trusted for that fallback, never when an address is configured.
 */
export function publicOrigin(headers: HeaderReader): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || "localhost:3000";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}

export const answerPath = (token: string) => `/s/${token}`;
export const answerUrl = (origin: string, token: string) => `${origin}${answerPath(token)}`;
/** The URL as printed under the QR code: no scheme, which people don't type anyway. */
export const shortAnswerUrl = (origin: string, token: string) => answerUrl(origin, token).replace(/^https?:\/\//, "");
