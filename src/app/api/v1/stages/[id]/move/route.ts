import { moveStageSchema } from "@/lib/schemas/journey";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { parseId } from "@/server/journeys/parse-id";
import { moveStage } from "@/server/journeys/stages";

export const POST = withApiKey<{ id: string }>(async (request, { orgId, apiKeyId, params }) => {
  const stageId = parseId(params.id, "Stage");
  const { position } = parseOrThrow(moveStageSchema, await readJsonBody(request));
  return Response.json(await moveStage(db, { orgId, stageId, actor: { apiKeyId }, position }));
});
