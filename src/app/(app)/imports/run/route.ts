import { withMember } from "@/server/auth/with-member";
import { db } from "@/server/db";
import type { ImportEvent } from "@/server/csv/import-mapping";
import { assertMappedSurvey, parseImportRequest } from "@/server/csv/import-request";
import { loadImportTargets } from "@/server/csv/import-targets";
import { ndjsonResponse } from "@/server/csv/ndjson-response";
import { runImport } from "@/server/csv/run-import";

/**
 * A dry run or a commit of one CSV upload (?mode=dry-run|commit&mapping=<json>), answered
 * with progress as NDJSON lines; the last line is the outcome (src/server/csv/import-mapping.ts).
 */
export const POST = withMember({ permission: "responses:import" }, async (request, { member }) => {
  const { mode, mapping, fileName, body } = parseImportRequest(request);
  const targets = await loadImportTargets(db, { orgId: member.orgId });
  assertMappedSurvey(mapping, targets);
  return ndjsonResponse<ImportEvent>((emit) =>
    runImport(db, { orgId: member.orgId, actor: { userId: member.userId }, mode, mapping, targets, body, fileName, emit }),
  );
});
