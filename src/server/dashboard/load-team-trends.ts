/**
 * A team page's trends: the team's subtree, the last 12 calendar months, per metric the role
 * sees (dashboard/viewer-scope.ts). A team outside the member's scope, or not in their
 * organization, is "not found".
 */
import { bucketsCovering } from "@/core/dashboard/calendar";
import { notFound } from "@/lib/errors";
import type { MetricName } from "@/lib/schemas/metrics";
import { loadOrgTeams, loadOrgThresholds } from "../metrics/load-org-teams";
import type { DbOrTx } from "../prisma-client";
import { loadTrends, type TrendPoint } from "./load-trends";
import { canSeeTeam, viewerScope, type DashboardViewer } from "./viewer-scope";

export interface TeamTrendsOptions {
  member: DashboardViewer;
  teamId: string;
  /** Today, YYYY-MM-DD (UTC): the last bucket is the month holding it. */
  today: string;
}

export interface TeamTrendsData {
  teamName: string;
  k: number;
  metrics: readonly MetricName[];
  trends: Partial<Record<MetricName, TrendPoint[]>>;
}

export const TEAM_TREND_MONTHS = 12;

export async function loadTeamTrends(db: DbOrTx, { member, teamId, today }: TeamTrendsOptions): Promise<TeamTrendsData> {
  const { orgId } = member;
  const [teams, thresholds] = await Promise.all([loadOrgTeams(db, { orgId }), loadOrgThresholds(db, { orgId })]);
  const team = teams.find((t) => t.id === teamId);
  const scope = viewerScope(teams, member);
  if (!team || !canSeeTeam(scope, teamId)) throw notFound("Team");
  const buckets = bucketsCovering({ from: today, to: today }, "month", { min: TEAM_TREND_MONTHS, max: TEAM_TREND_MONTHS });
  const k = thresholds.anonymityThreshold;
  const trends = await loadTrends(db, { orgId, teams, k, metrics: scope.metrics, unit: "month", buckets, anchorTeamId: teamId });
  return { teamName: team.name, k, metrics: scope.metrics, trends };
}
