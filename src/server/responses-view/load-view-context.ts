/**
 * Everything a responses view or export starts from, resolved once per request: the survey
 * (of the member's organization), the teams the member may read, and the filters.
 */
import type { DbOrTx } from "../prisma-client";
import { loadViewSurvey, type ViewSurvey } from "./load-view-survey";
import { resolveTeamScope, type ScopeMember, type TeamScope } from "./resolve-team-scope";
import { filtersSchema, type ResponseFilters } from "./view-filters";
import { parseSearchParams } from "../metrics/parse-search-params";

export type ViewContext = { survey: ViewSurvey; scope: TeamScope; filters: ResponseFilters };

/** For the CSV routes: strict filters from the URL (a bad or unknown one is a 400). */
export async function loadExportContext(db: DbOrTx, { orgId, member, surveyId, url }: { orgId: string; member: ScopeMember; surveyId: string; url: string }): Promise<ViewContext> {
  const survey = await loadViewSurvey(db, { orgId, surveyId });
  const filters = parseSearchParams(filtersSchema(survey.metric), url);
  const scope = await resolveTeamScope(db, { orgId, member, teamFilter: filters.team });
  return { survey, scope, filters };
}
