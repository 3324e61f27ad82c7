import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { unlinkStageQuestion } from "@/server/journeys/links";
import { parseId } from "@/server/journeys/parse-id";

export const DELETE = withApiKey<{ id: string; questionId: string }>(async (_request, { orgId, apiKeyId, params }) => {
  const stageId = parseId(params.id, "Stage");
  await unlinkStageQuestion(db, { orgId, stageId, actor: { apiKeyId }, questionId: parseId(params.questionId, "Question") });
  return new Response(null, { status: 204 });
});
