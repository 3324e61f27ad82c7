import { createJourneySchema } from "@/lib/schemas/journey";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { createJourney } from "@/server/journeys/create-journey";
import { listJourneys } from "@/server/journeys/list-journeys";

export const GET = withApiKey(async (_request, { orgId }) => {
  return Response.json({ journeys: await listJourneys(db, { orgId }) });
});

export const POST = withApiKey(async (request, { orgId, apiKeyId }) => {
  const input = parseOrThrow(createJourneySchema, await readJsonBody(request));
  return Response.json(await createJourney(db, { orgId, actor: { apiKeyId }, input }), { status: 201 });
});
