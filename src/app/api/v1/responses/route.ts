import { withApiKey } from "@/server/api/with-api-key";
import { readJsonBody } from "@/server/api/http";
import { db } from "@/server/db";
import { ingestResponses } from "@/server/responses/ingest-responses";
import { parseIngestBatch } from "@/server/responses/item-errors";

export const POST = withApiKey(async (request, { orgId, apiKeyId }) => {
  const input = parseIngestBatch(await readJsonBody(request));
  const result = await ingestResponses(db, { orgId, actor: { apiKeyId }, input, now: new Date() });
  return Response.json(result, { status: 201 });
});
