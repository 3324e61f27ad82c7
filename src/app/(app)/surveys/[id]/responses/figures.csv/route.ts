import { idSchema } from "@/lib/schemas/common";
import { notFound } from "@/lib/errors";
import { withMember } from "@/server/auth/with-member";
import { db } from "@/server/db";
import { exportFigures } from "@/server/csv/export-figures";
import { loadExportContext } from "@/server/responses-view/load-view-context";

/** Figures per team as CSV; employee figures suppressed exactly as on the page. */
export const GET = withMember<{ id: string }>({ permission: "responses:read" }, async (request, { member, params }) => {
  const surveyId = idSchema.safeParse(params.id);
  if (!surveyId.success) throw notFound("Survey");
  const context = await loadExportContext(db, { orgId: member.orgId, member, surveyId: surveyId.data, url: request.url });
  return exportFigures(db, { orgId: member.orgId, actor: { userId: member.userId }, ...context });
});
