import "server-only";
import { AppError } from "@/lib/errors";
import { errorResponse } from "../api/http";
import { clientAddress } from "../auth/client-address";
import { db } from "../db";
import { isAllowedOrigin } from "./allowed-origins";
import { unsafeFindWidgetByToken, type WidgetTarget } from "./find-widget-by-token";
import { RetryLaterError, spendOverall, WIDGET_LIMITS } from "./widget-limits";

export type WidgetCall = { request: Request; target: WidgetTarget; address: string; now: Date };
export type WidgetParams = { token: string };
type RouteContext = { params: Promise<WidgetParams> };
export type WidgetRouteOptions = { /** Spend the per-address budget shared with public links (submissions only). */ countAttempt?: boolean };

export const UNKNOWN_WIDGET_MESSAGE = "This widget is not valid. Check the snippet's data-survey attribute.";
export const FORBIDDEN_ORIGIN_MESSAGE = "This website is not allowed to show this survey. Add its origin in the survey's widget settings.";

export const CORS_ALLOW_METHODS = "GET, POST, OPTIONS";
export const CORS_ALLOW_HEADERS = "Content-Type";

/** Headers the handler set win (a cacheable config); these fill in the rest. */
function withHeaders(response: Response, headers: Headers): Response {
  for (const [name, value] of headers) if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}

/**
 * Wraps a public widget endpoint: finds the widget by its token, lets the request through only
 * from an origin in the survey's allowedOrigins, and answers every outcome as JSON with the
 * right CORS headers (shared/STYLE.md, habits 3 and 5).
 *
 * CORS, exactly: `Access-Control-Allow-Origin` echoes the request's Origin only when that origin
 * is allowed, on every answer to it (errors too, so the widget can read why); `Vary: Origin`
 * always, so no cache serves one site's answer to another; never credentials. Any other origin,
 * and a request with no Origin at all, gets 403 before its body is read or anything is stored:
 * browsers always send Origin on these requests, so its absence means a script, which has the
 * API with a key for that (docs/decisions/010-embeddable-widget.md).
 */
export function widgetRoute(options: WidgetRouteOptions, run: (call: WidgetCall) => Promise<Response>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const headers = new Headers({ Vary: "Origin", "Cache-Control": "no-store" });
    try {
      const now = new Date();
      const address = clientAddress(request.headers);
      const { token } = await context.params;
      const origin = request.headers.get("origin");
      const target = await unsafeFindWidgetByToken(db, token);
      const allowedOrigin = target && isAllowedOrigin(target.survey.allowedOrigins, origin) ? origin : null;
      if (allowedOrigin) {
        headers.set("Access-Control-Allow-Origin", allowedOrigin);
        headers.set("Access-Control-Expose-Headers", "Retry-After");
      }
      // Counted before the token and origin are judged, so floods of bad tokens or from other
      // sites spend the address's budget too (as on public links).
      if (options.countAttempt) await spendOverall(db, address, WIDGET_LIMITS, now);
      if (!target) throw new AppError("not_found", UNKNOWN_WIDGET_MESSAGE);
      if (!allowedOrigin) throw new AppError("forbidden", FORBIDDEN_ORIGIN_MESSAGE);
      return withHeaders(await run({ request, target, address, now }), headers);
    } catch (error) {
      if (error instanceof RetryLaterError) headers.set("Retry-After", String(error.retryAfterSeconds));
      return withHeaders(errorResponse(error), headers);
    }
  };
}

/** The preflight: an allowed origin may GET and POST JSON; the answer is cached for 10 minutes. */
export const widgetPreflight = widgetRoute({}, async () =>
  new Response(null, {
    status: 204,
    headers: { "Access-Control-Allow-Methods": CORS_ALLOW_METHODS, "Access-Control-Allow-Headers": CORS_ALLOW_HEADERS, "Access-Control-Max-Age": "600" },
  }),
);
