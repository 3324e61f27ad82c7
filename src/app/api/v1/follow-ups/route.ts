import { listFollowUpsQuerySchema } from "@/lib/schemas/follow-up";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { listFollowUps } from "@/server/follow-ups/list-follow-ups";
import { parseSearchParams } from "@/server/metrics/parse-search-params";

// An API key acts for the whole organization (docs/decisions/015-follow-ups-and-kudos.md).
export const GET = withApiKey(async (request, { orgId, apiKeyId }) => {
  const query = parseSearchParams(listFollowUpsQuerySchema, request.url);
  return Response.json(await listFollowUps(db, { orgId, actor: { apiKeyId }, query }));
});
