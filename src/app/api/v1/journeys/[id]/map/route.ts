import { journeyMapQuerySchema } from "@/lib/schemas/journey";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { getJourneyMap } from "@/server/journeys/get-journey-map";
import { parseId } from "@/server/journeys/parse-id";
import { parseSearchParams } from "@/server/metrics/parse-search-params";

export const GET = withApiKey<{ id: string }>(async (request, { orgId, params }) => {
  const journeyId = parseId(params.id, "Journey");
  const query = parseSearchParams(journeyMapQuerySchema, request.url);
  return Response.json(await getJourneyMap(db, { orgId, journeyId, query }));
});
