import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CorrelationPanel } from "@/components/dashboard/correlation-panel";
import { FiltersForm } from "@/components/dashboard/filters-form";
import { dayLabel } from "@/components/dashboard/format";
import { OpenFollowUps, JourneyStripPanel, TopIdeas } from "@/components/dashboard/side-blocks";
import { TeamTable } from "@/components/dashboard/team-table";
import { Tiles } from "@/components/dashboard/tiles";
import { TrendPanel } from "@/components/dashboard/trend-panel";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { parseDashboardFilters } from "@/lib/schemas/dashboard";
import { requireMember } from "@/server/auth/session";
import { loadDashboard } from "@/server/dashboard/load-dashboard";
import { db } from "@/server/db";

export const metadata: Metadata = { title: "Dashboard" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const member = await requireMember("dashboard:read");
  // Malformed filters fall back to their defaults with a note; a team outside the viewer's
  // scope is a 404, as another organization's would be.
  const { filters, notes } = parseDashboardFilters(await searchParams);
  let data;
  try {
    data = await loadDashboard(db, { member, filters, now: new Date() });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const { scope, window, exWindow, k } = data;
  const allNotes = [...notes, ...data.notes];
  const teamNames = new Map(data.table.map((r) => [r.teamId, r.name]));
  for (const t of data.teamOptions) teamNames.set(t.id, t.name);
  const inView = data.anchor ? data.anchor.name : scope.allowed === null ? "all teams" : "your teams";
  const exDiffers = scope.metrics.includes("ENPS") && (exWindow.from !== window.from || exWindow.to !== window.to);

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          <>
            Customers and employees, team by team: {inView}, {dayLabel(window.from)} – {dayLabel(window.to)}.
            {exDiffers ? (
              <span className="mt-1 block">
                Employee figures cover whole calendar months ({dayLabel(exWindow.from)} – {dayLabel(exWindow.to)}) so that no one can compare overlapping windows to single out a few people&apos;s answers.
              </span>
            ) : null}
          </>
        }
      />
      <div className="space-y-6">
        {allNotes.length > 0 ? (
          <Alert>
            <ul className="space-y-0.5" data-testid="filter-notes">
              {allNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {scope.noTeam ? (
          <Alert>You are not part of a team yet, so there is nothing to show here. An admin can add you to your team under Settings → Members.</Alert>
        ) : (
          <>
            <FiltersForm
              filters={data.filters}
              window={window}
              teams={data.teamOptions}
              allTeamsLabel={scope.allowed === null ? "All teams" : "All my teams"}
              metrics={scope.metrics}
              surveys={data.surveyOptions}
            />
            <Tiles tiles={data.tiles} k={k} />
            <section aria-labelledby="trends-heading" className="space-y-3">
              <h2 id="trends-heading" className="text-base font-semibold text-slate-900">
                Trends by {data.trends.unit}
              </h2>
              <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
                {scope.metrics.map((metric) => (
                  <TrendPanel key={metric} metric={metric} points={data.trends.series[metric] ?? []} unit={data.trends.unit} id={`trend-${metric.toLowerCase()}`} k={k} />
                ))}
              </div>
            </section>
            <section aria-labelledby="teams-heading" className="min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
              <h2 id="teams-heading" className="text-base font-semibold text-slate-900">
                Teams
              </h2>
              <p className="mb-3 mt-1 text-sm text-slate-600">Each row counts the team and every team under it. Open a team for its trends, comments, ideas and follow-ups.</p>
              <TeamTable rows={data.table} metrics={scope.metrics} k={k} />
            </section>
            {data.correlation ? <CorrelationPanel block={data.correlation} filters={data.filters} teamNames={teamNames} /> : null}
            {data.journey ? <JourneyStripPanel strip={data.journey} filters={data.filters} window={window} /> : null}
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
              <TopIdeas ideas={data.ideas} />
              {data.followUps ? <OpenFollowUps data={data.followUps} /> : null}
            </div>
          </>
        )}
      </div>
    </>
  );
}
