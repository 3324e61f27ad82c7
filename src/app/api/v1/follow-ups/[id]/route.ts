import { updateFollowUpSchema } from "@/lib/schemas/follow-up";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { getFollowUp } from "@/server/follow-ups/get-follow-up";
import { updateFollowUp } from "@/server/follow-ups/update-follow-up";
import { parseId } from "@/server/journeys/parse-id";

type Params = { id: string };

export const GET = withApiKey<Params>(async (_request, { orgId, apiKeyId, params }) => {
  return Response.json(await getFollowUp(db, { orgId, actor: { apiKeyId }, followUpId: parseId(params.id, "Follow-up") }));
});

export const PATCH = withApiKey<Params>(async (request, { orgId, apiKeyId, params }) => {
  const followUpId = parseId(params.id, "Follow-up");
  const input = parseOrThrow(updateFollowUpSchema, await readJsonBody(request));
  return Response.json(await updateFollowUp(db, { orgId, actor: { apiKeyId }, followUpId, input }));
});
