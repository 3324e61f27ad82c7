import { idSchema } from "@/lib/schemas/common";
import { notFound } from "@/lib/errors";
import { withMember } from "@/server/auth/with-member";
import { db } from "@/server/db";
import { exportCustomerResponses } from "@/server/csv/export-responses";
import { loadExportContext } from "@/server/responses-view/load-view-context";

/** The individual responses of a customer survey, with the view's filters, as CSV. */
export const GET = withMember<{ id: string }>({ permission: "responses:read" }, async (request, { member, params }) => {
  const surveyId = idSchema.safeParse(params.id);
  if (!surveyId.success) throw notFound("Survey");
  const context = await loadExportContext(db, { orgId: member.orgId, member, surveyId: surveyId.data, url: request.url });
  return exportCustomerResponses(db, { orgId: member.orgId, actor: { userId: member.userId }, ...context });
});
