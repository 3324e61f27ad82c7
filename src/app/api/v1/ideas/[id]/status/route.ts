import { changeIdeaStatusSchema } from "@/lib/schemas/idea";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { changeIdeaStatus } from "@/server/ideas/change-idea-status";
import { getIdea } from "@/server/ideas/get-idea";
import { parseId } from "@/server/journeys/parse-id";

export const POST = withApiKey<{ id: string }>(async (request, { orgId, apiKeyId, params }) => {
  const ideaId = parseId(params.id, "Idea");
  const input = parseOrThrow(changeIdeaStatusSchema, await readJsonBody(request));
  await changeIdeaStatus(db, { orgId, ideaId, reviewer: { apiKeyId }, input });
  return Response.json(await getIdea(db, { orgId, ideaId }));
});
