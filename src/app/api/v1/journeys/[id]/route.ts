import { updateJourneySchema } from "@/lib/schemas/journey";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { getJourney } from "@/server/journeys/get-journey";
import { deleteJourney, updateJourney } from "@/server/journeys/journeys";
import { parseId } from "@/server/journeys/parse-id";

type Params = { id: string };

export const GET = withApiKey<Params>(async (_request, { orgId, params }) => {
  return Response.json(await getJourney(db, { orgId, journeyId: parseId(params.id, "Journey") }));
});

export const PATCH = withApiKey<Params>(async (request, { orgId, apiKeyId, params }) => {
  const journeyId = parseId(params.id, "Journey");
  const input = parseOrThrow(updateJourneySchema, await readJsonBody(request));
  return Response.json(await updateJourney(db, { orgId, journeyId, actor: { apiKeyId }, input }));
});

export const DELETE = withApiKey<Params>(async (_request, { orgId, apiKeyId, params }) => {
  await deleteJourney(db, { orgId, journeyId: parseId(params.id, "Journey"), actor: { apiKeyId } });
  return new Response(null, { status: 204 });
});
