import { correlationsQuerySchema } from "@/lib/schemas/metrics";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { getCorrelations } from "@/server/metrics/get-correlations";
import { parseSearchParams } from "@/server/metrics/parse-search-params";

export const GET = withApiKey(async (request, { orgId }) => {
  const query = parseSearchParams(correlationsQuerySchema, request.url);
  return Response.json(await getCorrelations(db, { orgId, query }));
});
