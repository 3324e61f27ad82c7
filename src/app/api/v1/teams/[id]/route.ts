import { notFound } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { updateTeamSchema } from "@/lib/schemas/team";
import { parseOrThrow } from "@/lib/validation";
import { withApiKey } from "@/server/api/with-api-key";
import { readJsonBody } from "@/server/api/http";
import { db } from "@/server/db";
import { deleteTeam, getTeam, updateTeam } from "@/server/teams/teams";

type Params = { id: string };

function teamId(params: Params): string {
  const parsed = idSchema.safeParse(params.id);
  if (!parsed.success) throw notFound("Team");
  return parsed.data;
}

export const GET = withApiKey<Params>(async (_request, { orgId, params }) => {
  return Response.json(await getTeam(db, { orgId, teamId: teamId(params) }));
});

export const PATCH = withApiKey<Params>(async (request, { orgId, apiKeyId, params }) => {
  const id = teamId(params);
  const input = parseOrThrow(updateTeamSchema, await readJsonBody(request));
  return Response.json(await updateTeam(db, { orgId, teamId: id, actor: { apiKeyId }, input }));
});

export const DELETE = withApiKey<Params>(async (_request, { orgId, apiKeyId, params }) => {
  await deleteTeam(db, { orgId, teamId: teamId(params), actor: { apiKeyId } });
  return new Response(null, { status: 204 });
});
