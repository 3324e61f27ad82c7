/**
 * CSV of a customer survey's individual responses with the view's filters, streamed in keyset
 * chunks. Employee surveys never export individual responses (shared/DESIGN.md, "Anonymity"):
 * refused before anything is read. Every export leaves an audit entry (a data-access action).
 */
import { AppError } from "@/lib/errors";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { listCustomerResponses, type PageCursor } from "../responses-view/list-customer-responses";
import type { ViewSurvey } from "../responses-view/load-view-survey";
import type { TeamScope } from "../responses-view/resolve-team-scope";
import type { ResponseFilters } from "../responses-view/view-filters";
import { csvDownload, csvFileName, type CsvCell } from "./csv-download";

export const RESPONSE_COLUMNS = ["id", "submitted_at", "team", "team_id", "score", "comment", "other_answers"] as const;
const EXPORT_CHUNK = 1000;

export type ExportOptions = { orgId: string; actor: AuditActor; survey: ViewSurvey; scope: TeamScope; filters: ResponseFilters; now?: Date };

export async function exportCustomerResponses(db: Db, { orgId, actor, survey, scope, filters, now = new Date() }: ExportOptions): Promise<Response> {
  if (survey.audience !== "CUSTOMER") {
    throw new AppError("forbidden", "Employee surveys never export individual responses: export the figures, which obey the anonymity threshold");
  }
  await recordAudit(db, { orgId, actor, action: "responses.export", targetType: "Survey", targetId: survey.id, metadata: { filters, teamIds: scope.teamIds } });
  const options = { orgId, surveyId: survey.id, metric: survey.metric, audience: survey.audience, teamIds: scope.teamIds, filters, withAnswers: true } as const;

  async function* records(): AsyncGenerator<CsvCell[]> {
    let cursor: PageCursor = {};
    for (;;) {
      const page = await listCustomerResponses(db, { ...options, cursor, limit: EXPORT_CHUNK });
      for (const r of page.rows) {
        const answers = r.answers.map((a) => `${a.prompt}: ${a.value}`).join("; ");
        yield [r.id, r.hasTime ? r.at : r.at.slice(0, 10), r.teamName, r.teamId, r.score, r.comment, answers || null];
      }
      if (!page.olderCursor) return;
      cursor = { after: page.olderCursor };
    }
  }
  return csvDownload(RESPONSE_COLUMNS, records(), csvFileName("responses", survey.title, now.toISOString().slice(0, 10)));
}
