import { updateSurveySchema } from "@/lib/schemas/survey";
import { parseOrThrow } from "@/lib/validation";
import { withApiKey } from "@/server/api/with-api-key";
import { readJsonBody } from "@/server/api/http";
import { db } from "@/server/db";
import { getSurvey } from "@/server/surveys/get-survey";
import { updateSurvey } from "@/server/surveys/update-survey";
import { surveyIdParam, type SurveyParams } from "./survey-id";

export const GET = withApiKey<SurveyParams>(async (_request, { orgId, params }) => {
  return Response.json(await getSurvey(db, { orgId, surveyId: surveyIdParam(params) }));
});

/** Questions, when given, are the full ordered list; answered ones are versioned, never rewritten. */
export const PATCH = withApiKey<SurveyParams>(async (request, { orgId, apiKeyId, params }) => {
  const surveyId = surveyIdParam(params);
  const input = parseOrThrow(updateSurveySchema, await readJsonBody(request));
  return Response.json(await updateSurvey(db, { orgId, surveyId, actor: { apiKeyId }, input, now: new Date() }));
});
