import { createSurveySchema, listSurveysQuerySchema } from "@/lib/schemas/survey";
import { parseOrThrow } from "@/lib/validation";
import { withApiKey } from "@/server/api/with-api-key";
import { readJsonBody } from "@/server/api/http";
import { db } from "@/server/db";
// Shared with the metrics API; it moves to server/api once both have landed (see its comment).
import { parseSearchParams } from "@/server/metrics/parse-search-params";
import { createSurvey } from "@/server/surveys/create-survey";
import { listSurveys } from "@/server/surveys/list-surveys";

export const GET = withApiKey(async (request, { orgId }) => {
  const filter = parseSearchParams(listSurveysQuerySchema, request.url);
  return Response.json({ surveys: await listSurveys(db, { orgId, filter }) });
});

export const POST = withApiKey(async (request, { orgId, apiKeyId }) => {
  const input = parseOrThrow(createSurveySchema, await readJsonBody(request));
  const survey = await createSurvey(db, { orgId, actor: { apiKeyId }, input });
  return Response.json(survey, { status: 201 });
});
