/**
 * A team's monthly NPS, CSAT and eNPS over the last 12 months, with their table alternatives:
 * rendered by the team page (/teams/<id>). Same numbers and the same anonymity rules as the
 * dashboard and GET /api/v1/metrics (src/server/dashboard/load-trends.ts). A team the member
 * may not see is a 404.
 */
import { notFound } from "next/navigation";
import type { ReactElement } from "react";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import { db } from "@/server/db";
import { loadTeamTrends } from "@/server/dashboard/load-team-trends";
import { METRIC_LABELS } from "./format";
import { TrendPanel } from "./trend-panel";

export async function TeamTrends(props: { member: { orgId: string; role: Role; teamId: string | null }; teamId: string }): Promise<ReactElement> {
  const today = new Date().toISOString().slice(0, 10);
  let data;
  try {
    data = await loadTeamTrends(db, { member: props.member, teamId: props.teamId, today });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  return (
    <section aria-labelledby="team-trends-heading" className="space-y-3" data-testid="team-trends">
      <div>
        <h2 id="team-trends-heading" className="text-base font-semibold text-slate-900">
          Trends for {data.teamName}, last 12 months
        </h2>
        <p className="text-sm text-slate-600">
          {data.metrics.map((m) => METRIC_LABELS[m]).join(", ")} per calendar month for this team and the teams under it. Employee figures show only where at least {data.k} people answered.
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        {data.metrics.map((metric) => (
          <TrendPanel key={metric} metric={metric} points={data.trends[metric] ?? []} unit="month" id={`team-trend-${metric.toLowerCase()}`} k={data.k} />
        ))}
      </div>
    </section>
  );
}
