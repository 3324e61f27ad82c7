import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "../db";
import { unsafeResolveApiKey } from "../api-keys/api-keys";
import { errorResponse } from "./http";

export type ApiContext<P = Record<string, string>> = { orgId: string; apiKeyId: string; params: P };

type RouteContext<P> = { params: Promise<P> };

const UNAUTHORIZED = () => new AppError("unauthorized", "Send an API key as 'Authorization: Bearer <key>'");

/**
 * Wraps a /api/v1 route handler: resolves the organization from the bearer key, runs the
 * handler with it, and turns every error into the JSON error shape (shared/STYLE.md, habits
 * 3 and 5). Handlers never see a request without a valid key.
 */
export function withApiKey<P = Record<string, string>>(handler: (request: Request, context: ApiContext<P>) => Promise<Response>) {
  return async (request: Request, routeContext: RouteContext<P>): Promise<Response> => {
    try {
      const header = request.headers.get("authorization") ?? "";
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match?.[1]) throw UNAUTHORIZED();
      const resolved = await unsafeResolveApiKey(db, { key: match[1] });
      if (!resolved) throw new AppError("unauthorized", "This API key is not valid or has been revoked");
      const params = (await routeContext?.params) ?? ({} as P);
      return await handler(request, { ...resolved, params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
