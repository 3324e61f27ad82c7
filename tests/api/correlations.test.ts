import { describe, expect, it } from "vitest";
import * as correlations from "@/app/api/v1/correlations/route";
import { makeOrg, makeTeam } from "../factories";
import { addScores, makeSurvey, setThresholds } from "../factories/rollups";
import { call } from "../http";

type Json = Record<string, unknown>;
type Org = Awaited<ReturnType<typeof makeOrg>>;

const getCorrelations = (key: string | undefined, params: Record<string, string> | string) =>
  call(correlations.GET, "GET", { key, url: `http://localhost/api/v1/correlations?${typeof params === "string" ? params : new URLSearchParams(params)}` });

/** n answers (default 5) with an NPS of 100·v/n: v 10s (or −v 0s), the rest passive 8s. */
const npsOf = (v: number, n = 5) => Array.from({ length: n }, (_, i) => (i < Math.abs(v) ? (v > 0 ? 10 : 0) : 8));

/** Two-sided p of Pearson's r for n = 5 (t with 3 df), from the closed form of that CDF. */
function pValueDf3(r: number) {
  const t = (r * Math.sqrt(3)) / Math.sqrt(1 - r * r);
  const theta = Math.atan(t / Math.sqrt(3));
  return 1 - (2 / Math.PI) * (theta + Math.sin(theta) * Math.cos(theta));
}
const fisher = (r: number, n: number) => [Math.tanh(Math.atanh(r) - 1.96 / Math.sqrt(n - 3)), Math.tanh(Math.atanh(r) + 1.96 / Math.sqrt(n - 3))];

/** An org with one team per entry: eNPS answers on `exDay`, NPS answers on the days given. */
async function correlatedOrg(teams: Array<{ ex: number[]; cx: Record<string, number[]> }>, exDay = "2026-03-15") {
  const org = await makeOrg();
  const [pulse, customer] = await Promise.all([makeSurvey(org.orgId, "ENPS"), makeSurvey(org.orgId, "NPS")]);
  const ids: string[] = [];
  for (const [i, spec] of teams.entries()) {
    const { id } = await makeTeam(org.orgId, { name: `Team ${i}` });
    ids.push(id);
    await addScores(org.orgId, pulse.id, id, exDay, spec.ex);
    for (const [day, scores] of Object.entries(spec.cx)) await addScores(org.orgId, customer.id, id, day, scores);
  }
  return { org, ids, customer: customer.id };
}

describe("GET /api/v1/correlations", () => {
  // EX (units of 20 eNPS points)  X  = −1, 0, 1, 2, 3
  // CX in March                   Y  = −1, 1, 0, 3, 2
  // CX in April                   Y' =  0, −1, 1, 4, 1
  const X = [-1, 0, 1, 2, 3];
  const Y = [-1, 1, 0, 3, 2];
  const Y1 = [0, -1, 1, 4, 1];
  const build = (extra: Array<{ ex: number[]; cx: Record<string, number[]> }> = []) =>
    correlatedOrg([
      ...X.map((x, i) => ({ ex: npsOf(x), cx: { "2026-03-31": npsOf(Y[i]!), "2026-04-30": npsOf(Y1[i]!) } })),
      ...extra,
    ]);

  it("computes r and ρ over one point per team, with p-values and the Fisher interval", async () => {
    const { org, ids } = await build();
    const res = await getCorrelations(org.apiKey, { cx: "NPS", from: "2026-03-01", to: "2026-03-31" });
    expect(res.status).toBe(200);
    // dx = −2 −1 0 1 2, dy = −2 0 −1 2 1 (both means 1): Σdxdy = 4 + 0 + 0 + 2 + 2 = 8,
    // Σdx² = Σdy² = 10, so r = 8/10 = 0.8. Ranks of Y: 1 3 2 5 4, d² sum 4: ρ = 1 − 6·4/120 = 0.8.
    // t = 0.8·√3/0.6; θ = atan(t/√3) = atan(4/3), sinθcosθ = 12/25: p = 1 − (2/π)(θ + 0.48) = 0.10409.
    expect(res.json).toMatchObject({ n: 5, lag: 0, period: "month" });
    const pearson = res.json.pearson as { r: number; pValue: number; ci95: number[] };
    expect(pearson.r).toBeCloseTo(0.8, 9);
    expect(pearson.pValue).toBeCloseTo(pValueDf3(0.8), 6);
    expect(pearson.pValue).toBeCloseTo(0.104087, 5);
    // tanh(atanh(0.8) ± 1.96/√2) = tanh(1.098612 ± 1.385929) = [−0.27965, 0.98626].
    expect(pearson.ci95[0]).toBeCloseTo(fisher(0.8, 5)[0]!, 9);
    expect(pearson.ci95[1]).toBeCloseTo(fisher(0.8, 5)[1]!, 9);
    expect(pearson.ci95[0]).toBeCloseTo(-0.27965, 4);
    expect(res.json.spearman).toEqual({ rho: expect.closeTo(0.8, 9), pValue: expect.closeTo(pValueDf3(0.8), 6) });
    const points = res.json.points as Json[];
    expect(points.map((p) => p.teamId)).toEqual([...ids].sort());
    const first = points.find((p) => p.teamId === ids[0]);
    expect(first).toEqual({ teamId: ids[0], ex: -20, cx: -20, exN: 5, cxN: 5 });
  });

  it("pairs EX with the CX of the next month at lag 1", async () => {
    const { org } = await build();
    const res = await getCorrelations(org.apiKey, { cx: "NPS", from: "2026-03-01", to: "2026-03-31", lag: "1" });
    // Y' = 0 −1 1 4 1 (mean 1), dy = −1 −2 0 3 0: Σdxdy = 2 + 2 + 0 + 3 + 0 = 7, Σdy² = 14:
    // r = 7/√140 = 0.591608. Ranks of Y' (the two 1s share 3.5): 2 1 3.5 5 3.5, deviations
    // −1 −2 0.5 2 0.5: Σ = 2 + 2 + 0 + 2 + 1 = 7, Σd² = 9.5: ρ = 7/√95 = 0.718185.
    expect(res.json).toMatchObject({ n: 5, lag: 1, period: "month" });
    expect((res.json.pearson as Json).r).toBeCloseTo(7 / Math.sqrt(140), 9);
    expect((res.json.spearman as Json).rho).toBeCloseTo(7 / Math.sqrt(95), 9);
    expect((res.json.points as Json[]).map((p) => p.cx).sort()).toEqual([-20, 0, 20, 20, 80].sort());
  });

  it("moves the window by calendar months, clamping to the month's end", async () => {
    // EX on 01-31; one month on is 02-28, not "February 31st" = March 3rd, which holds the opposite CX.
    const { org } = await correlatedOrg(
      [1, 2, 3].map((v) => ({ ex: npsOf(v), cx: { "2026-02-28": npsOf(v), "2026-03-03": npsOf(-v) } })),
      "2026-01-31",
    );
    const res = await getCorrelations(org.apiKey, { cx: "NPS", from: "2026-01-31", to: "2026-01-31", lag: "1" });
    expect((res.json.points as Json[]).map((p) => [p.ex, p.cx, p.cxN])).toEqual(expect.arrayContaining([[20, 20, 5], [40, 40, 5], [60, 60, 5]]));
    expect((res.json.pearson as Json).r).toBeCloseTo(1, 9);
  });

  it("shifts by quarters with period=quarter", async () => {
    // EX in Q1 (on 03-15); CX in Q2 only on 06-30, the quarter's last day; a month lag misses it.
    const { org } = await correlatedOrg([1, 2, 3].map((v) => ({ ex: npsOf(v), cx: { "2026-06-30": npsOf(v - 2), "2026-04-15": npsOf(0, 1) } })));
    const quarter = await getCorrelations(org.apiKey, { cx: "NPS", from: "2026-01-01", to: "2026-03-31", lag: "1", period: "quarter" });
    // CX = 06-30's five answers plus 04-15's one passive: n 6, NPS 100·(v − 2)/6.
    expect(quarter.json).toMatchObject({ n: 3, lag: 1, period: "quarter" });
    expect((quarter.json.points as Json[]).map((p) => [p.cxN, p.cx])).toEqual(
      expect.arrayContaining([[6, expect.closeTo(-100 / 6, 9)], [6, 0], [6, expect.closeTo(100 / 6, 9)]]),
    );
    expect((quarter.json.pearson as Json).r).toBeCloseTo(1, 9);
    // One month on (04-01..04-30) holds only the single passive per team: below the minimum.
    const month = await getCorrelations(org.apiKey, { cx: "NPS", from: "2026-03-01", to: "2026-03-31", lag: "1" });
    expect(month.json.n).toBe(0);
  });

  it("leaves out teams below k employee respondents or below the org's customer minimum", async () => {
    const { org, ids } = await build([
      { ex: npsOf(1, 4), cx: { "2026-03-31": npsOf(1, 9) } }, // EX n 4 < k = 5
      { ex: npsOf(0, 1), cx: { "2026-03-31": npsOf(1, 9) } }, // EX n 1 (4 + 1 hidden = 5 ≥ k: no knock-on)
      { ex: npsOf(2, 6), cx: { "2026-03-31": npsOf(1, 4) } }, // CX n 4 < minCxResponses = 5
    ]);
    const res = await getCorrelations(org.apiKey, { cx: "NPS", from: "2026-03-01", to: "2026-03-31" });
    expect((res.json.points as Json[]).map((p) => p.teamId)).toEqual(ids.slice(0, 5).sort());
    expect((res.json.pearson as Json).r).toBeCloseTo(0.8, 9);
    // Lowering the org's minimum to 4 lets the last team in.
    await setThresholds(org.orgId, { minCxResponses: 4 });
    const lowered = await getCorrelations(org.apiKey, { cx: "NPS", from: "2026-03-01", to: "2026-03-31" });
    expect((lowered.json.points as Json[]).map((p) => p.teamId)).toContain(ids[7]);
  });

  it("leaves out a team whose eNPS row the metrics API hides by subtraction", async () => {
    // k = 5, EX 10, 5, 2: the metrics API hides the 2 and then the 5 (17 − 10 − 5 = 2).
    const { org, ids } = await correlatedOrg([10, 5, 2].map((n) => ({ ex: npsOf(1, n), cx: { "2026-03-20": npsOf(1) } })));
    const res = await getCorrelations(org.apiKey, { cx: "NPS", from: "2026-03-01", to: "2026-03-31" });
    expect(res.json.points).toEqual([{ teamId: ids[0], ex: 10, cx: 20, exN: 10, cxN: 5 }]);
  });

  it("gives nulls below 3 points, and r without an interval at 3", async () => {
    const two = await correlatedOrg([1, 2].map((v) => ({ ex: npsOf(v), cx: { "2026-03-20": npsOf(v) } })));
    const res2 = await getCorrelations(two.org.apiKey, { cx: "NPS", from: "2026-03-01", to: "2026-03-31" });
    expect(res2.status).toBe(200);
    expect(res2.json).toMatchObject({ n: 2, pearson: { r: null, pValue: null, ci95: null }, spearman: { rho: null, pValue: null } });
    const three = await correlatedOrg([1, 2, 4].map((v) => ({ ex: npsOf(v), cx: { "2026-03-20": npsOf(v === 4 ? 3 : v) } })));
    const res3 = await getCorrelations(three.org.apiKey, { cx: "NPS", from: "2026-03-01", to: "2026-03-31" });
    expect(res3.json.n).toBe(3);
    expect((res3.json.pearson as Json).r).toEqual(expect.any(Number));
    expect((res3.json.pearson as Json).ci95).toBeNull();
    const none = await getCorrelations((await makeOrg()).apiKey, { cx: "CSAT", from: "2026-03-01", to: "2026-03-31" });
    expect(none.json).toEqual({ n: 0, pearson: { r: null, pValue: null, ci95: null }, spearman: { rho: null, pValue: null }, points: [], lag: 0, period: "month" });
  });

  it("uses the CSAT score for cx=CSAT", async () => {
    const { org, ids } = await correlatedOrg([{ ex: npsOf(1), cx: {} }]);
    const csat = await makeSurvey(org.orgId, "CSAT");
    await addScores(org.orgId, csat.id, ids[0]!, "2026-03-20", [5, 4, 3, 2, 1]); // 2 of 5 satisfied → 40
    const res = await getCorrelations(org.apiKey, { cx: "CSAT", from: "2026-03-01", to: "2026-03-31" });
    expect(res.json.points).toEqual([{ teamId: ids[0], ex: 20, cx: 40, exN: 5, cxN: 5 }]);
  });
});

describe("GET /api/v1/correlations: malformed queries", () => {
  let org: Org;
  const ok = "from=2026-01-01&to=2026-01-31";

  it.each([
    ["a missing cx", ok],
    ["cx=ENPS", `cx=ENPS&${ok}`],
    ["an unknown cx", `cx=nps&${ok}`],
    ["lag 5", `cx=NPS&${ok}&lag=5`],
    ["a negative lag", `cx=NPS&${ok}&lag=-1`],
    ["a padded lag", `cx=NPS&${ok}&lag=01`],
    ["a fractional lag", `cx=NPS&${ok}&lag=1.5`],
    ["an empty lag", `cx=NPS&${ok}&lag=`],
    ["an unknown period", `cx=NPS&${ok}&period=week`],
    ["an impossible day", "cx=NPS&from=2026-04-31&to=2026-05-01"],
    ["reversed dates", "cx=NPS&from=2026-02-01&to=2026-01-01"],
    ["a window over 10 years", "cx=NPS&from=2000-01-01&to=2010-01-01"],
    ["an unknown parameter", `cx=NPS&${ok}&teamId=x`],
    ["a repeated lag", `cx=NPS&${ok}&lag=1&lag=2`],
  ])("refuses %s with 400 and the error shape", async (_label, query) => {
    org ??= await makeOrg();
    const res = await getCorrelations(org.apiKey, query);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: "validation_failed", message: expect.any(String) });
    expect(res.json.error?.issues?.length).toBeGreaterThan(0);
  });

  it("answers 401 for a forged key", async () => {
    const res = await getCorrelations("tdm_forged", { cx: "NPS", from: "2026-01-01", to: "2026-01-31" });
    expect(res.status).toBe(401);
    expect(res.json.error?.code).toBe("unauthorized");
  });
});
