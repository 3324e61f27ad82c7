import "server-only";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/roles";
import { errorResponse } from "../api/http";
import { getMember, type MemberContext } from "./session";

export type MemberRouteContext<P = Record<string, string>> = { member: MemberContext; params: P };

type RouteContext<P> = { params: Promise<P> };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A write from another site's page is refused: the session cookie is SameSite=Lax, which
 * already keeps it off cross-site POSTs, and this says no again should that ever change.
 * Browsers send Origin on every cross-origin POST, so a missing one is not a browser's.
 */
function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (!host || originHost !== host) throw new AppError("forbidden", "This request came from another site");
}

/**
 * Wraps a route handler for signed-in members, as withApiKey does for API keys: it resolves the
 * membership from the session (re-read on every request, so a role change applies at once),
 * checks the permission, and turns every error into the JSON error shape (shared/STYLE.md,
 * habits 3 and 5). Handlers never see a request without a member allowed to make it.
 */
export function withMember<P = Record<string, string>>(
  options: { permission: Permission },
  handler: (request: Request, context: MemberRouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, routeContext: RouteContext<P>): Promise<Response> => {
    try {
      assertSameOrigin(request);
      const member = await getMember();
      if (!member) throw new AppError("unauthorized", "Your session has ended. Sign in again.");
      if (!can(member.role, options.permission)) throw new AppError("forbidden", "Your role does not allow this");
      const params = (await routeContext?.params) ?? ({} as P);
      return await handler(request, { member, params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
