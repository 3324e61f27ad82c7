import { touchpointInputSchema } from "@/lib/schemas/journey";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { parseId } from "@/server/journeys/parse-id";
import { addTouchpoint } from "@/server/journeys/touchpoints";

export const POST = withApiKey<{ id: string }>(async (request, { orgId, apiKeyId, params }) => {
  const stageId = parseId(params.id, "Stage");
  const input = parseOrThrow(touchpointInputSchema, await readJsonBody(request));
  return Response.json(await addTouchpoint(db, { orgId, stageId, actor: { apiKeyId }, input }), { status: 201 });
});
