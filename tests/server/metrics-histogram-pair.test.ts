/**
 * A correlation reads its eNPS and its NPS or CSAT rollups in one statement
 * (loadTeamHistogramPair, docs/decisions/017-benchmark.md). Each side must be exactly what
 * loadTeamHistograms gives for that metric and window, whatever the windows' overlap or length
 * (a long window is read without parallel workers, inside a transaction).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { loadTeamHistogramPair, loadTeamHistograms } from "@/server/metrics/load-team-histograms";
import { makeOrg, makeTeam } from "../factories";
import { addScores, makeSurvey } from "../factories/rollups";

describe("loadTeamHistogramPair", () => {
  it("gives each metric's per-team sums over its own window, as two separate reads would", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const [a, b] = await Promise.all([makeTeam(org.orgId, { name: "A" }), makeTeam(org.orgId, { name: "B" })]);
    const pulse = await makeSurvey(org.orgId, "ENPS");
    const pulse2 = await makeSurvey(org.orgId, "ENPS");
    const nps = await makeSurvey(org.orgId, "NPS");
    const csat = await makeSurvey(org.orgId, "CSAT");
    await addScores(org.orgId, pulse.id, a.id, "2026-01-15", [10, 9, 3]);
    await addScores(org.orgId, pulse2.id, a.id, "2026-02-15", [7]);
    await addScores(org.orgId, pulse.id, b.id, "2026-06-30", [0, 10]);
    await addScores(org.orgId, nps.id, a.id, "2026-02-01", [9, 9, 6]);
    await addScores(org.orgId, nps.id, a.id, "2026-05-01", [10]);
    await addScores(org.orgId, nps.id, b.id, "2026-04-30", [8]);
    await addScores(org.orgId, csat.id, b.id, "2026-03-03", [5, 4, 1]);
    // Another organization's rows on the same days stay out.
    const otherTeam = await makeTeam(other.orgId);
    await addScores(other.orgId, (await makeSurvey(other.orgId, "NPS")).id, otherTeam.id, "2026-02-01", [0, 0]);

    const cases = [
      { ex: { from: "2026-01-01", to: "2026-03-31" }, cx: { from: "2026-01-01", to: "2026-03-31" }, cxMetric: "NPS" as const },
      { ex: { from: "2026-01-01", to: "2026-03-31" }, cx: { from: "2026-04-01", to: "2026-06-30" }, cxMetric: "NPS" as const },
      { ex: { from: "2026-01-01", to: "2026-06-30" }, cx: { from: "2026-02-01", to: "2026-07-31" }, cxMetric: "CSAT" as const },
      { ex: { from: "2025-07-01", to: "2026-06-30" }, cx: { from: "2026-03-01", to: "2026-03-31" }, cxMetric: "NPS" as const },
      { ex: { from: "2026-07-01", to: "2026-07-31" }, cx: { from: "2026-08-01", to: "2026-08-31" }, cxMetric: "CSAT" as const },
    ];
    for (const { ex, cx, cxMetric } of cases) {
      const [exPair, cxPair] = await loadTeamHistogramPair(db, { orgId: org.orgId, first: { metric: "ENPS", ...ex }, second: { metric: cxMetric, ...cx } });
      expect(exPair).toEqual(await loadTeamHistograms(db, { orgId: org.orgId, metric: "ENPS", ...ex }));
      expect(cxPair).toEqual(await loadTeamHistograms(db, { orgId: org.orgId, metric: cxMetric, ...cx }));
    }
    // And by hand for the first case: A's eNPS is both pulses, B has none in the quarter.
    const [ex] = await loadTeamHistogramPair(db, { orgId: org.orgId, first: { metric: "ENPS", from: "2026-01-01", to: "2026-03-31" }, second: { metric: "NPS", from: "2026-01-01", to: "2026-03-31" } });
    expect(ex.get(a.id)).toEqual({ n: 4, hist: [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1] });
    expect(ex.has(b.id)).toBe(false);
  });

  it("refuses one metric twice, whose rows could not be told apart", async () => {
    const window = { metric: "NPS" as const, from: "2026-01-01", to: "2026-01-31" };
    await expect(loadTeamHistogramPair(db, { orgId: "x", first: window, second: window })).rejects.toThrow(/two different metrics/);
  });
});
