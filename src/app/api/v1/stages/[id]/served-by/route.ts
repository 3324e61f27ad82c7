import { servedBySchema } from "@/lib/schemas/journey";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { setServedByStage } from "@/server/journeys/links";
import { parseId } from "@/server/journeys/parse-id";

export const PUT = withApiKey<{ id: string }>(async (request, { orgId, apiKeyId, params }) => {
  const stageId = parseId(params.id, "Stage");
  const { servedByStageId } = parseOrThrow(servedBySchema, await readJsonBody(request));
  return Response.json(await setServedByStage(db, { orgId, stageId, actor: { apiKeyId }, servedByStageId }));
});
