import { describe, expect, it } from "vitest";
import * as correlations from "@/app/api/v1/correlations/route";
import * as metrics from "@/app/api/v1/metrics/route";
import { db } from "@/server/db";
import { makeMember, makeOrg, makeTeam } from "../factories";
import { addScores, makeSurvey, repeat } from "../factories/rollups";
import { call } from "../http";

type Row = { teamId: string; suppressed?: true; n?: number };

const MONTHS = ["2026-01-15", "2026-02-15", "2026-03-15"];

/** `people` employees of a team answer the pulse once in each month: responses plus participations. */
async function pulseTeam(orgId: string, surveyId: string, name: string, people: number, months = MONTHS) {
  const team = await makeTeam(orgId, { name });
  const members = await Promise.all(Array.from({ length: people }, () => makeMember(orgId, { teamId: team.id })));
  for (const day of months) {
    await addScores(orgId, surveyId, team.id, day, repeat(9, people));
    await db.participation.createMany({ data: members.map((m) => ({ orgId, surveyId, userId: m.userId, teamId: team.id, day: new Date(`${day}T00:00:00Z`) })) });
  }
  return team.id;
}

const get = (key: string, query: string) => call(metrics.GET, "GET", { key, url: `http://localhost/api/v1/metrics?${query}` });

describe("eNPS anonymity counts people, not responses", () => {
  it("a 3-person team answering three monthly rounds (9 responses) stays suppressed at k = 5", async () => {
    const org = await makeOrg();
    const pulse = await makeSurvey(org.orgId, "ENPS");
    const small = await pulseTeam(org.orgId, pulse.id, "Small store", 3);
    const big = await pulseTeam(org.orgId, pulse.id, "Big store", 6);
    const other = await pulseTeam(org.orgId, pulse.id, "Other store", 7);
    const res = await get(org.apiKey, "metric=ENPS&from=2026-01-01&to=2026-03-31");
    expect(res.status).toBe(200);
    const rows = new Map((res.json.teams as Row[]).map((r) => [r.teamId, r]));
    expect(rows.get(small)).toEqual({ teamId: small, suppressed: true });
    // 6 people: shown (with n = their 18 responses); and with the small store hidden the
    // remainder is 3 people, so the next-smallest team goes too.
    expect(rows.get(big)).toEqual({ teamId: big, suppressed: true });
    expect(rows.get(other)?.n).toBe(21);
    expect(res.json.overall).toMatchObject({ n: 48 });
  });

  it("responses sent through the API (no participations) count one person each", async () => {
    const org = await makeOrg();
    const pulse = await makeSurvey(org.orgId, "ENPS");
    const team = await makeTeam(org.orgId, { name: "API team" });
    for (const day of MONTHS) await addScores(org.orgId, pulse.id, team.id, day, repeat(10, 2));
    const res = await get(org.apiKey, "metric=ENPS&from=2026-01-01&to=2026-03-31");
    expect((res.json.teams as Row[])[0]).toMatchObject({ teamId: team.id, n: 6 });
  });

  it("a team below k people is never a correlation point, however many rounds it answered", async () => {
    const org = await makeOrg();
    const pulse = await makeSurvey(org.orgId, "ENPS");
    const customer = await makeSurvey(org.orgId, "NPS");
    const ids = [await pulseTeam(org.orgId, pulse.id, "Tiny", 2), await pulseTeam(org.orgId, pulse.id, "Large", 8), await pulseTeam(org.orgId, pulse.id, "Larger", 9)];
    for (const id of ids) await addScores(org.orgId, customer.id, id, "2026-02-01", repeat(9, 10));
    const res = await call(correlations.GET, "GET", { key: org.apiKey, url: "http://localhost/api/v1/correlations?cx=NPS&from=2026-01-01&to=2026-03-31" });
    expect(res.status).toBe(200);
    expect((res.json.points as { teamId: string }[]).map((p) => p.teamId)).not.toContain(ids[0]);
  });
});
