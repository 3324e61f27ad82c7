import { notFound } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { withApiKey } from "@/server/api/with-api-key";
import { db } from "@/server/db";
import { getSurvey } from "@/server/surveys/get-survey";

type Params = { id: string };

function surveyId(params: Params): string {
  const parsed = idSchema.safeParse(params.id);
  // PostgreSQL can't compare a string holding U+0000, and no id holds one.
  if (!parsed.success || parsed.data.includes("\u0000")) throw notFound("Survey");
  return parsed.data;
}

export const GET = withApiKey<Params>(async (_request, { orgId, params }) => {
  return Response.json(await getSurvey(db, { orgId, surveyId: surveyId(params) }));
});
