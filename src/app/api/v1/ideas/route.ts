import { apiCreateIdeaSchema, ideaBoardQuerySchema } from "@/lib/schemas/idea";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { createIdea } from "@/server/ideas/create-idea";
import { getIdea } from "@/server/ideas/get-idea";
import { listIdeas } from "@/server/ideas/list-ideas";
import { parseSearchParams } from "@/server/metrics/parse-search-params";

export const GET = withApiKey(async (request, { orgId }) => {
  const query = parseSearchParams(ideaBoardQuerySchema, request.url);
  return Response.json(await listIdeas(db, { orgId, query }));
});

/** An integration's idea has no member behind it: it is anonymous, and may carry a team. */
export const POST = withApiKey(async (request, { orgId }) => {
  const input = parseOrThrow(apiCreateIdeaSchema, await readJsonBody(request));
  const { id } = await createIdea(db, { orgId, author: null, input });
  return Response.json(await getIdea(db, { orgId, ideaId: id }), { status: 201 });
});
