import { beforeAll, describe, expect, it } from "vitest";
import { bucketsCovering, type BucketUnit } from "@/core/dashboard/calendar";
import type { MetricName } from "@/lib/schemas/metrics";
import { loadTeamTrends } from "@/server/dashboard/load-team-trends";
import { loadTrends } from "@/server/dashboard/load-trends";
import { db } from "@/server/db";
import { getMetrics } from "@/server/metrics/get-metrics";
import { loadOrgTeams } from "@/server/metrics/load-org-teams";
import { makeDashboardOrg, makeViewer, type DashboardOrg } from "../factories/dashboard";
import { makeMember, makeOrg, makeTeam } from "../factories";
import { addScores, makeSurvey } from "../factories/rollups";

let org: DashboardOrg;
const window = { from: "2026-01-01", to: "2026-06-30" };

beforeAll(async () => {
  org = await makeDashboardOrg();
});

async function expectTrendsEqualMetrics(unit: BucketUnit, anchorTeamId: string | undefined, surveyIds: Partial<Record<MetricName, string>> = {}) {
  const teams = await loadOrgTeams(db, { orgId: org.orgId });
  const buckets = bucketsCovering(window, unit, { min: 1, max: 60 });
  const metrics = ["NPS", "CSAT", "ENPS"] as const;
  const trends = await loadTrends(db, { orgId: org.orgId, teams, k: 5, metrics, unit, buckets, anchorTeamId, surveyIds });
  let hidden = 0;
  for (const metric of metrics) {
    const points = trends[metric]!;
    expect(points.map((p) => p.bucket.key)).toEqual(buckets.map((b) => b.key));
    for (const { bucket, figure } of points) {
      const api = await getMetrics(db, { orgId: org.orgId, query: { metric, from: bucket.from, to: bucket.to, teamId: anchorTeamId, surveyId: surveyIds[metric] } });
      expect(figure, `${metric} ${bucket.key}`).toEqual(api.overall);
      if ("suppressed" in figure) hidden++;
    }
  }
  return hidden;
}

describe("loadTrends: each bucket is GET /api/v1/metrics for that calendar period", () => {
  it("by month, for the whole organization", async () => {
    await expectTrendsEqualMetrics("month", undefined);
  });

  it("by month, for a subtree and for a small team whose eNPS is hidden every month", async () => {
    await expectTrendsEqualMetrics("month", org.teams.north);
    const hidden = await expectTrendsEqualMetrics("month", org.teams.kiosk);
    expect(hidden).toBe(6); // the kiosk's 3 people, every month: gaps, not zeros
  });

  it("by ISO week, including weeks that straddle a month", async () => {
    await expectTrendsEqualMetrics("week", org.teams.south);
  });

  it("with a survey filter on eNPS: shown only where the filter changes nothing", async () => {
    await expectTrendsEqualMetrics("month", undefined, { ENPS: org.surveys.enps, NPS: org.surveys.nps });
    await expectTrendsEqualMetrics("month", org.teams.storeN1, { ENPS: org.surveys.enps });
  });
});

describe("loadTrends counts people, not responses", () => {
  it("keeps a 3-person team hidden in a month where it answered four weekly pulses", async () => {
    const small = await makeOrg();
    const [tiny, big] = await Promise.all([makeTeam(small.orgId, { name: "Tiny" }), makeTeam(small.orgId, { name: "Big" })]);
    const enps = await makeSurvey(small.orgId, "ENPS");
    const people = await Promise.all([1, 2, 3].map(() => makeMember(small.orgId, { teamId: tiny.id })));
    for (const day of ["2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22"]) {
      await addScores(small.orgId, enps.id, tiny.id, day, [9, 7, 3]);
      await db.participation.createMany({ data: people.map((m) => ({ orgId: small.orgId, surveyId: enps.id, userId: m.userId, teamId: tiny.id, day: new Date(`${day}T00:00:00Z`) })) });
    }
    await addScores(small.orgId, enps.id, big.id, "2026-06-03", [10, 9, 9, 8, 6, 5, 10, 9]);
    const teams = await loadOrgTeams(db, { orgId: small.orgId });
    const buckets = bucketsCovering({ from: "2026-06-01", to: "2026-06-30" }, "month", { min: 1, max: 1 });
    for (const anchorTeamId of [tiny.id, undefined]) {
      const trends = await loadTrends(db, { orgId: small.orgId, teams, k: 5, metrics: ["ENPS"], unit: "month", buckets, anchorTeamId });
      const api = await getMetrics(db, { orgId: small.orgId, query: { metric: "ENPS", from: "2026-06-01", to: "2026-06-30", teamId: anchorTeamId } });
      expect(trends.ENPS![0]!.figure).toEqual(api.overall);
    }
    const tinyTrend = await loadTrends(db, { orgId: small.orgId, teams, k: 5, metrics: ["ENPS"], unit: "month", buckets, anchorTeamId: tiny.id });
    expect(tinyTrend.ENPS![0]!.figure).toEqual({ suppressed: true }); // 12 answers, 3 people
  });
});

describe("loadTeamTrends: the team page's 12 months, within the viewer's scope", () => {
  it("gives 12 monthly buckets ending with the current month", async () => {
    const leader = await makeViewer(org, "CX_LEADER");
    const data = await loadTeamTrends(db, { member: leader, teamId: org.teams.north, today: "2026-06-10" });
    expect(data.teamName).toBe("North");
    expect(data.metrics).toEqual(["NPS", "CSAT", "ENPS"]);
    const keys = data.trends.NPS!.map((p) => p.bucket.key);
    expect(keys).toHaveLength(12);
    expect(keys[0]).toBe("2025-07-01");
    expect(keys[11]).toBe("2026-06-01");
    const june = await getMetrics(db, { orgId: org.orgId, query: { metric: "ENPS", from: "2026-06-01", to: "2026-06-30", teamId: org.teams.north } });
    expect(data.trends.ENPS![11]!.figure).toEqual(june.overall);
  });

  it("lets a manager see their subtree only, HR the employee side only, and refuses other organizations' teams", async () => {
    const manager = await makeViewer(org, "MANAGER", org.teams.north);
    await expect(loadTeamTrends(db, { member: manager, teamId: org.teams.storeN2, today: "2026-06-10" })).resolves.toBeTruthy();
    await expect(loadTeamTrends(db, { member: manager, teamId: org.teams.south, today: "2026-06-10" })).rejects.toMatchObject({ code: "not_found" });
    const frontline = await makeViewer(org, "FRONTLINE", org.teams.storeS1);
    await expect(loadTeamTrends(db, { member: frontline, teamId: org.teams.storeS1, today: "2026-06-10" })).resolves.toBeTruthy();
    await expect(loadTeamTrends(db, { member: frontline, teamId: org.teams.south, today: "2026-06-10" })).rejects.toMatchObject({ code: "not_found" });
    const regional = await makeViewer(org, "FRONTLINE", org.teams.north);
    await expect(loadTeamTrends(db, { member: regional, teamId: org.teams.storeN1, today: "2026-06-10" })).rejects.toMatchObject({ code: "not_found" });
    const hr = await makeViewer(org, "HR");
    const data = await loadTeamTrends(db, { member: hr, teamId: org.teams.south, today: "2026-06-10" });
    expect(data.metrics).toEqual(["ENPS"]);
    expect(data.trends.NPS).toBeUndefined();
    const other = await makeOrg();
    const outsider = { orgId: other.orgId, role: "OWNER" as const, teamId: null };
    await expect(loadTeamTrends(db, { member: outsider, teamId: org.teams.north, today: "2026-06-10" })).rejects.toMatchObject({ code: "not_found" });
  });
});
