import { createTeamSchema } from "@/lib/schemas/team";
import { parseOrThrow } from "@/lib/validation";
import { withApiKey } from "@/server/api/with-api-key";
import { readJsonBody } from "@/server/api/http";
import { db } from "@/server/db";
import { createTeam, listTeams } from "@/server/teams/teams";

export const GET = withApiKey(async (_request, { orgId }) => {
  return Response.json({ teams: await listTeams(db, { orgId }) });
});

export const POST = withApiKey(async (request, { orgId, apiKeyId }) => {
  const input = parseOrThrow(createTeamSchema, await readJsonBody(request));
  const team = await createTeam(db, { orgId, actor: { apiKeyId }, input });
  return Response.json(team, { status: 201 });
});
