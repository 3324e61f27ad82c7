import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { changeSurveyStatus } from "@/server/surveys/change-survey-status";
import { surveyIdParam, type SurveyParams } from "../survey-id";

// No body: whatever is sent is ignored, as the action needs nothing but the id.
export const POST = withApiKey<SurveyParams>(async (_request, { orgId, apiKeyId, params }) => {
  return Response.json(await changeSurveyStatus(db, { orgId, surveyId: surveyIdParam(params), actor: { apiKeyId }, to: "CLOSED", now: new Date() }));
});
