/**
 * The participation reads behind "k counts people" (load-respondent-counts.ts), rewritten for
 * speed by the benchmark's work (docs/decisions/017-benchmark.md): per (team, person) then
 * per team, and one pass for a survey and all eNPS surveys together. These pin them to the
 * plain definition — rows and distinct people per team in the window — on data where the
 * survey filter, repeat rounds, moves between teams and other surveys all matter.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { loadParticipation, loadParticipationWithSurvey, type TeamParticipation } from "@/server/metrics/load-respondent-counts";
import { makeMember, makeOrg, makeTeam } from "../factories";
import { makeSurvey } from "../factories/rollups";

type Row = { surveyId: string; userId: string; teamId: string | null; day: string };

/** The definition, computed in JS from the rows. */
function expected(rows: Row[], { from, to, surveyIds }: { from: string; to: string; surveyIds: string[] }): Map<string, TeamParticipation> {
  const result = new Map<string, { participations: number; people: Set<string> }>();
  for (const r of rows) {
    if (r.teamId === null || r.day < from || r.day > to || !surveyIds.includes(r.surveyId)) continue;
    const entry = result.get(r.teamId) ?? { participations: 0, people: new Set<string>() };
    entry.participations += 1;
    entry.people.add(r.userId);
    result.set(r.teamId, entry);
  }
  return new Map([...result].map(([teamId, e]) => [teamId, { participations: e.participations, people: e.people.size }]));
}

const sorted = (map: Map<string, TeamParticipation>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));

describe("participation per team", () => {
  it("counts rows and distinct people per team, alone and with a survey in one pass", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const pulse = await makeSurvey(org.orgId, "ENPS");
    const second = await makeSurvey(org.orgId, "ENPS");
    const customer = await makeSurvey(org.orgId, "NPS");
    const foreignPulse = await makeSurvey(other.orgId, "ENPS");
    const [a, b, c] = await Promise.all([makeTeam(org.orgId, { name: "A" }), makeTeam(org.orgId, { name: "B" }), makeTeam(org.orgId, { name: "C" })]);
    const people = await Promise.all(Array.from({ length: 7 }, () => makeMember(org.orgId)));
    const p = (i: number) => people[i]!.userId;
    const rows: Row[] = [
      // A: 3 people in each of three rounds of the pulse.
      ...["2026-01-05", "2026-02-02", "2026-03-02"].flatMap((day) => [0, 1, 2].map((i) => ({ surveyId: pulse.id, userId: p(i), teamId: a.id, day }))),
      // A: two of them also answered the second eNPS survey; a fourth person only that one.
      { surveyId: second.id, userId: p(0), teamId: a.id, day: "2026-02-10" },
      { surveyId: second.id, userId: p(1), teamId: a.id, day: "2026-02-10" },
      { surveyId: second.id, userId: p(3), teamId: a.id, day: "2026-02-10" },
      // Person 2 moved to B in March: counted in both teams for a window spanning the move.
      { surveyId: pulse.id, userId: p(2), teamId: b.id, day: "2026-03-30" },
      { surveyId: pulse.id, userId: p(4), teamId: b.id, day: "2026-03-02" },
      // C: only the second survey. Outside the window, no team, a customer survey: never counted.
      { surveyId: second.id, userId: p(5), teamId: c.id, day: "2026-01-20" },
      { surveyId: pulse.id, userId: p(6), teamId: c.id, day: "2025-12-31" },
      { surveyId: pulse.id, userId: p(6), teamId: null, day: "2026-02-02" },
      { surveyId: customer.id, userId: p(6), teamId: c.id, day: "2026-02-02" },
    ];
    await db.participation.createMany({ data: rows.map((r) => ({ orgId: org.orgId, ...r, day: new Date(`${r.day}T00:00:00Z`) })) });
    // Another organization's rows on the same teams' days must not leak in.
    await db.participation.create({ data: { orgId: other.orgId, surveyId: foreignPulse.id, userId: p(0), teamId: a.id, day: new Date("2026-02-02T00:00:00Z") } });

    for (const window of [{ from: "2026-01-01", to: "2026-03-31" }, { from: "2026-02-01", to: "2026-03-15" }, { from: "2026-04-01", to: "2026-04-30" }]) {
      const all = expected(rows, { ...window, surveyIds: [pulse.id, second.id] });
      const onlyPulse = expected(rows, { ...window, surveyIds: [pulse.id] });
      expect(sorted(await loadParticipation(db, { orgId: org.orgId, ...window }))).toEqual(sorted(all));
      expect(sorted(await loadParticipation(db, { orgId: org.orgId, ...window, surveyId: pulse.id }))).toEqual(sorted(onlyPulse));
      const both = await loadParticipationWithSurvey(db, { orgId: org.orgId, ...window, surveyId: pulse.id });
      expect(sorted(both.all)).toEqual(sorted(all));
      expect(sorted(both.survey)).toEqual(sorted(onlyPulse));
      const second2 = await loadParticipationWithSurvey(db, { orgId: org.orgId, ...window, surveyId: second.id });
      expect(sorted(second2.survey)).toEqual(sorted(expected(rows, { ...window, surveyIds: [second.id] })));
    }
    // The quarter by hand: A has 9 pulse rows (people 0–2) and 3 of the second survey (0, 1, 3);
    // B one row each from people 2 and 4; C one row of the second survey only.
    const quarter = await loadParticipationWithSurvey(db, { orgId: org.orgId, from: "2026-01-01", to: "2026-03-31", surveyId: pulse.id });
    expect(quarter.all.get(a.id)).toEqual({ participations: 12, people: 4 });
    expect(quarter.survey.get(a.id)).toEqual({ participations: 9, people: 3 });
    expect(quarter.all.get(b.id)).toEqual({ participations: 2, people: 2 });
    expect(quarter.all.get(c.id)).toEqual({ participations: 1, people: 1 });
    expect(quarter.survey.has(c.id)).toBe(false);
  });

  it("finds nothing for an organization without eNPS surveys or a survey of another organization", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const foreign = await makeSurvey(other.orgId, "ENPS");
    const team = await makeTeam(other.orgId);
    const member = await makeMember(other.orgId);
    await db.participation.create({ data: { orgId: other.orgId, surveyId: foreign.id, userId: member.userId, teamId: team.id, day: new Date("2026-02-02T00:00:00Z") } });
    const window = { from: "2026-01-01", to: "2026-12-31" };
    expect((await loadParticipation(db, { orgId: org.orgId, ...window })).size).toBe(0);
    const both = await loadParticipationWithSurvey(db, { orgId: org.orgId, ...window, surveyId: foreign.id });
    expect(both.all.size + both.survey.size).toBe(0);
  });
});
