import { updateTouchpointSchema } from "@/lib/schemas/journey";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { parseId } from "@/server/journeys/parse-id";
import { deleteTouchpoint, updateTouchpoint } from "@/server/journeys/touchpoints";

type Params = { id: string };

export const PATCH = withApiKey<Params>(async (request, { orgId, apiKeyId, params }) => {
  const touchpointId = parseId(params.id, "Touchpoint");
  const input = parseOrThrow(updateTouchpointSchema, await readJsonBody(request));
  return Response.json(await updateTouchpoint(db, { orgId, touchpointId, actor: { apiKeyId }, input }));
});

export const DELETE = withApiKey<Params>(async (_request, { orgId, apiKeyId, params }) => {
  await deleteTouchpoint(db, { orgId, touchpointId: parseId(params.id, "Touchpoint"), actor: { apiKeyId } });
  return new Response(null, { status: 204 });
});
