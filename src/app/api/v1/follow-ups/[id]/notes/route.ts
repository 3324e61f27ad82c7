import { addNoteSchema } from "@/lib/schemas/follow-up";
import { parseOrThrow } from "@/lib/validation";
import { readJsonBody } from "@/server/api/http";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { addFollowUpNote } from "@/server/follow-ups/update-follow-up";
import { parseId } from "@/server/journeys/parse-id";

type Params = { id: string };

export const POST = withApiKey<Params>(async (request, { orgId, apiKeyId, params }) => {
  const followUpId = parseId(params.id, "Follow-up");
  const input = parseOrThrow(addNoteSchema, await readJsonBody(request));
  return Response.json(await addFollowUpNote(db, { orgId, actor: { apiKeyId }, followUpId, input }), { status: 201 });
});
