import { stageInputSchema } from "@/lib/schemas/journey";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { parseId } from "@/server/journeys/parse-id";
import { addStage } from "@/server/journeys/stages";

export const POST = withApiKey<{ id: string }>(async (request, { orgId, apiKeyId, params }) => {
  const journeyId = parseId(params.id, "Journey");
  const input = parseOrThrow(stageInputSchema, await readJsonBody(request));
  return Response.json(await addStage(db, { orgId, journeyId, actor: { apiKeyId }, input }), { status: 201 });
});
