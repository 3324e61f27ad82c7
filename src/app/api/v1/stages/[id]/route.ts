import { updateStageSchema } from "@/lib/schemas/journey";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { parseId } from "@/server/journeys/parse-id";
import { deleteStage, updateStage } from "@/server/journeys/stages";

type Params = { id: string };

export const PATCH = withApiKey<Params>(async (request, { orgId, apiKeyId, params }) => {
  const stageId = parseId(params.id, "Stage");
  const input = parseOrThrow(updateStageSchema, await readJsonBody(request));
  return Response.json(await updateStage(db, { orgId, stageId, actor: { apiKeyId }, input }));
});

export const DELETE = withApiKey<Params>(async (_request, { orgId, apiKeyId, params }) => {
  await deleteStage(db, { orgId, stageId: parseId(params.id, "Stage"), actor: { apiKeyId } });
  return new Response(null, { status: 204 });
});
