import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { AUDIENCE_LABELS, METRIC_LABELS } from "@/components/surveys/survey-labels";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/roles";
import { idSchema } from "@/lib/schemas/common";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { getCustomerFigures } from "@/server/responses-view/get-customer-figures";
import { getEmployeeView } from "@/server/responses-view/get-employee-view";
import { listCustomerResponses, type PageCursor } from "@/server/responses-view/list-customer-responses";
import { loadViewSurvey } from "@/server/responses-view/load-view-survey";
import { resolveTeamScope, type ResolveTeamScopeOptions } from "@/server/responses-view/resolve-team-scope";
import { filtersToSearch, readFilters, type ParsedFilters } from "@/server/responses-view/view-filters";
import { CustomerResponses } from "./customer-responses";
import { EmployeeResponses } from "./employee-responses";
import { FiltersForm } from "./filters-form";

export const metadata: Metadata = { title: "Responses" };

type SearchParams = Record<string, string | string[] | undefined>;

/** Another organization's survey, or a team the member may not see, is a 404 like a missing one. */
async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** A team filter the member can't use is dropped and named, as any other stale filter is. */
async function scopeFor(options: ResolveTeamScopeOptions, parsed: ParsedFilters) {
  try {
    return await resolveTeamScope(db, options);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "not_found")) throw error;
    delete parsed.filters.team;
    parsed.dropped.push({ key: "team", message: "Not a team you can see" });
    return resolveTeamScope(db, { ...options, teamFilter: undefined });
  }
}

function cursorOf(params: SearchParams): PageCursor {
  const { after, before } = params;
  if (typeof after === "string" && after) return { after };
  if (typeof before === "string" && before) return { before };
  return {};
}

type CustomerOptions = Parameters<typeof getCustomerFigures>[1];

async function loadCustomerPage(options: CustomerOptions, cursor: PageCursor) {
  const [figures, page] = await Promise.all([
    getCustomerFigures(db, options),
    listCustomerResponses(db, { ...options, cursor }).catch((error: unknown) => {
      // A broken page link (a hand-edited cursor) starts again from the first page.
      if (!(error instanceof AppError && error.code === "bad_request")) throw error;
      return listCustomerResponses(db, options);
    }),
  ]);
  return { figures, page };
}

export default async function SurveyResponsesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const member = await requireMember("responses:read");
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const survey = await orNotFound(() => loadViewSurvey(db, { orgId: member.orgId, surveyId: id.data }));
  const query = await searchParams;
  const parsed = readFilters(query, survey.metric);
  const employee = survey.audience === "EMPLOYEE";
  if (employee) {
    for (const key of ["band", "from", "to", "q"] as const) {
      if (parsed.filters[key] === undefined) continue;
      delete parsed.filters[key];
      parsed.dropped.push({ key, message: "Employee answers are filtered by team only" });
    }
  }
  const scope = await scopeFor({ orgId: member.orgId, member, teamFilter: parsed.filters.team }, parsed);
  const { filters, dropped } = parsed;
  const basePath = `/surveys/${survey.id}/responses`;

  const body = employee ? (
    <EmployeeResponses view={await getEmployeeView(db, { orgId: member.orgId, survey, scope })} />
  ) : (
    <CustomerResponses
      basePath={basePath}
      metric={survey.metric}
      filters={filters}
      canSendKudos={can(member.role, "kudos:send")}
      {...await loadCustomerPage({ orgId: member.orgId, surveyId: survey.id, metric: survey.metric, audience: survey.audience, teamIds: scope.teamIds, filters }, cursorOf(query))}
    />
  );

  const exportSearch = filtersToSearch(filters);
  return (
    <>
      <PageHeader
        title={`Responses: ${survey.title}`}
        description={`${AUDIENCE_LABELS[survey.audience]} · ${METRIC_LABELS[survey.metric]}${employee ? " · anonymous: figures of groups only" : ""}`}
        actions={
          <div className="flex flex-wrap gap-2">
            {employee ? null : (
              <a href={`${basePath}/responses.csv${exportSearch}`} className={buttonClass("secondary")} download>
                Download responses (CSV)
              </a>
            )}
            <a href={`${basePath}/figures.csv${exportSearch}`} className={buttonClass("secondary")} download>
              Download figures (CSV)
            </a>
            {can(member.role, "surveys:manage") ? (
              <Link href={`/surveys/${survey.id}`} className={buttonClass("ghost")}>
                Back to the survey
              </Link>
            ) : null}
          </div>
        }
      />
      <div className="space-y-4">
        {employee ? (
          <Alert tone="info">
            Employee answers are anonymous: you see figures and comments of groups of at least the organization’s threshold of people, never one
            person’s answers.
          </Alert>
        ) : null}
        <FiltersForm action={basePath} metric={survey.metric} teams={scope.selectable} filters={filters} teamOnly={employee} />
        {dropped.length > 0 ? (
          <Alert tone="error">
            Some filters were ignored: {dropped.map((d) => `${d.key} (${d.message.toLowerCase()})`).join("; ")}.
          </Alert>
        ) : null}
        {body}
      </div>
    </>
  );
}
