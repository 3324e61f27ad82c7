import { linkQuestionSchema } from "@/lib/schemas/journey";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { linkStageQuestion } from "@/server/journeys/links";
import { parseId } from "@/server/journeys/parse-id";

export const POST = withApiKey<{ id: string }>(async (request, { orgId, apiKeyId, params }) => {
  const stageId = parseId(params.id, "Stage");
  const { questionId } = parseOrThrow(linkQuestionSchema, await readJsonBody(request));
  return Response.json(await linkStageQuestion(db, { orgId, stageId, actor: { apiKeyId }, questionId }));
});
