import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { getIdea } from "@/server/ideas/get-idea";
import { parseId } from "@/server/journeys/parse-id";

export const GET = withApiKey<{ id: string }>(async (_request, { orgId, params }) => {
  return Response.json(await getIdea(db, { orgId, ideaId: parseId(params.id, "Idea") }));
});
