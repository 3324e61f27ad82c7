import { metricsQuerySchema } from "@/lib/schemas/metrics";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { getMetrics } from "@/server/metrics/get-metrics";
import { parseSearchParams } from "@/server/metrics/parse-search-params";

export const GET = withApiKey(async (request, { orgId }) => {
  const query = parseSearchParams(metricsQuerySchema, request.url);
  return Response.json(await getMetrics(db, { orgId, query }));
});
