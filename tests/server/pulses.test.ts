/**
 * Employee pulses against a real PostgreSQL: the tick's calendar with a fake clock, its
 * idempotence under concurrency, invitations and reminders, anonymous answers, participation
 * rates under the anonymity rules, and the tick running through pg-boss.
 */
import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { createBoss } from "@/server/jobs/boss";
import type { JobLogger } from "@/server/jobs/logger";
import { PULSE_TICK_CRON, PULSE_TICK_QUEUE, registerPulseJobs, requestPulseTick } from "@/server/jobs/pulse-jobs";
import { answerPulse } from "@/server/pulses/answer-pulse";
import { getPulseSchedule } from "@/server/pulses/get-pulse-schedule";
import { listOpenPulses, type PulseMember } from "@/server/pulses/load-pulse-round";
import { participationFigures } from "@/server/pulses/participation-rates";
import type { Cadence } from "@/server/pulses/periods";
import { runPulseTick } from "@/server/pulses/run-pulse-tick";
import { savePulseSchedule } from "@/server/pulses/save-pulse-schedule";
import { makeMember, makeOrg, makeSurvey, makeTeam } from "../factories";

const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
const day = (date: Date) => date.toISOString().slice(0, 10);

/** An org with a region (two stores under it) and a team the pulse doesn't reach. */
async function makeWorld() {
  const org = await makeOrg();
  const region = await makeTeam(org.orgId, { name: "North" });
  const storeA = await makeTeam(org.orgId, { name: "Store A", parentId: region.id });
  const storeB = await makeTeam(org.orgId, { name: "Store B", parentId: region.id });
  const office = await makeTeam(org.orgId, { name: "Office" });
  return { org, orgId: org.orgId, region, storeA, storeB, office };
}

async function makePulse(orgId: string, options: { cadence: Cadence; startsOn: string; teamIds: string[]; roundDays?: number }) {
  const survey = await makeSurvey(orgId, { audience: "EMPLOYEE" });
  await db.survey.update({ where: { id: survey.id }, data: { status: "ACTIVE" } });
  await savePulseSchedule(db, { orgId, surveyId: survey.id, actor: {}, input: { cadence: options.cadence, roundDays: options.roundDays ?? 7, startsOn: at(options.startsOn), teamIds: options.teamIds } });
  const headline = survey.questions.find((q) => q.isHeadline);
  if (!headline) throw new Error("no headline question");
  return { surveyId: survey.id, headlineId: headline.id };
}

async function members(orgId: string, teamId: string | null, count: number): Promise<PulseMember[]> {
  const made = [];
  for (let i = 0; i < count; i++) made.push(await makeMember(orgId, { teamId }));
  return made.map((m) => ({ orgId, userId: m.userId, teamId }));
}

const rounds = (surveyId: string) =>
  db.pulseRound.findMany({ where: { surveyId }, orderBy: { opensAt: "asc" } }).then((rs) => rs.map((r) => ({ opens: day(r.opensAt), closes: day(r.closesAt), status: r.status })));
/** Scoped to one organization, as tests share a database; the concurrency test runs unscoped. */
const tick = (now: string, orgId?: string) => runPulseTick(db, { now: at(now), scope: orgId ? { orgId } : undefined });
const notifications = (orgId: string, kind: string) => db.notification.findMany({ where: { orgId, kind }, select: { userId: true, link: true } });

describe("runPulseTick: rounds follow the cadence", () => {
  it.each([
    ["WEEKLY", "2027-01-04", ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"]],
    ["BIWEEKLY", "2027-01-04", ["2027-01-04", "2027-01-18", "2027-02-01", "2027-02-15"]],
    ["MONTHLY", "2027-01-31", ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]],
    ["QUARTERLY", "2026-11-30", ["2026-11-30", "2027-02-28", "2027-05-30", "2027-08-30"]],
  ] as const)("%s from %s", async (cadence, startsOn, opens) => {
    const w = await makeWorld();
    const { surveyId } = await makePulse(w.orgId, { cadence, startsOn, teamIds: [w.storeA.id] });
    // On each opening day, a minute past midnight: the round opens, the previous one closes,
    // and the next one is scheduled.
    for (const [i, opening] of opens.slice(0, 3).entries()) {
      await tick(`${opening}T00:01:00Z`, w.orgId);
      const now = await rounds(surveyId);
      expect(now.map((r) => r.opens)).toEqual(opens.slice(0, i + 2));
      expect(now.map((r) => r.status)).toEqual([...Array<string>(i).fill("CLOSED"), "OPEN", "SCHEDULED"]);
      expect(now[i]?.closes).toBe(day(new Date(at(opening).getTime() + 7 * 86_400_000)));
    }
  });

  it("schedules nothing for a draft survey, and skips a period whose window already passed", async () => {
    const w = await makeWorld();
    const { surveyId } = await makePulse(w.orgId, { cadence: "MONTHLY", startsOn: "2027-01-01", teamIds: [w.storeA.id] });
    await db.survey.update({ where: { id: surveyId }, data: { status: "DRAFT" } });
    await tick("2027-01-01T00:01:00Z", w.orgId);
    expect(await rounds(surveyId)).toEqual([]);
    await db.survey.update({ where: { id: surveyId }, data: { status: "ACTIVE" } });
    // Activated on the 10th: January's 7-day round is over, so the first round is February's.
    await tick("2027-01-10T09:00:00Z", w.orgId);
    expect(await rounds(surveyId)).toEqual([{ opens: "2027-02-01", closes: "2027-02-08", status: "SCHEDULED" }]);
  });
});

describe("runPulseTick: once, however often and however concurrently it runs", () => {
  it("changes nothing when run again at the same time", async () => {
    const w = await makeWorld();
    const { surveyId } = await makePulse(w.orgId, { cadence: "WEEKLY", startsOn: "2027-03-01", teamIds: [w.region.id] });
    await members(w.orgId, w.storeA.id, 3);
    const first = await tick("2027-03-01T00:05:00Z", w.orgId);
    expect(first).toMatchObject({ created: 2, opened: 1, notified: 3 });
    const before = { rounds: await rounds(surveyId), notes: await db.notification.count({ where: { orgId: w.orgId } }), invites: await db.pulseInvite.count({ where: { orgId: w.orgId } }) };
    expect(await tick("2027-03-01T00:05:00Z", w.orgId)).toEqual({ created: 0, opened: 0, dropped: 0, reminded: 0, closed: 0, notified: 0, emailed: 0 });
    expect({ rounds: await rounds(surveyId), notes: await db.notification.count({ where: { orgId: w.orgId } }), invites: await db.pulseInvite.count({ where: { orgId: w.orgId } }) }).toEqual(before);
  });

  it("creates one round per period and notifies once when ticks run at the same moment", async () => {
    const w = await makeWorld();
    const { surveyId } = await makePulse(w.orgId, { cadence: "MONTHLY", startsOn: "2027-04-01", teamIds: [w.storeA.id, w.storeB.id] });
    const people = [...(await members(w.orgId, w.storeA.id, 2)), ...(await members(w.orgId, w.storeB.id, 2))];
    await Promise.all([tick("2027-04-01T00:01:00Z"), tick("2027-04-01T00:01:00Z"), tick("2027-04-01T00:01:00Z")]);
    expect(await rounds(surveyId)).toEqual([
      { opens: "2027-04-01", closes: "2027-04-08", status: "OPEN" },
      { opens: "2027-05-01", closes: "2027-05-08", status: "SCHEDULED" },
    ]);
    const opened = await notifications(w.orgId, "pulse.open");
    expect(opened.map((n) => n.userId).sort()).toEqual(people.map((p) => p.userId).sort());
    await Promise.all([tick("2027-04-06T01:00:00Z"), tick("2027-04-06T01:00:00Z")]);
    expect(await notifications(w.orgId, "pulse.reminder")).toHaveLength(4);
    // The database itself refuses a second round for a period.
    const round = await db.pulseRound.findFirstOrThrow({ where: { surveyId } });
    await expect(db.pulseRound.create({ data: { orgId: w.orgId, surveyId, opensAt: round.opensAt, closesAt: round.closesAt } })).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("invitations and reminders", () => {
  it("notifies every member the chosen teams reach (sub-teams included) once, and reminds only those who haven't answered", async () => {
    const w = await makeWorld();
    const { surveyId, headlineId } = await makePulse(w.orgId, { cadence: "WEEKLY", startsOn: "2027-05-03", teamIds: [w.region.id] });
    const [answering, ...others] = [...(await members(w.orgId, w.storeA.id, 2)), ...(await members(w.orgId, w.storeB.id, 1)), ...(await members(w.orgId, w.region.id, 1))];
    await members(w.orgId, w.office.id, 2); // not reached
    await members(w.orgId, null, 1); // no team
    await tick("2027-05-03T00:01:00Z", w.orgId);
    const opened = await notifications(w.orgId, "pulse.open");
    expect(opened.map((n) => n.userId).sort()).toEqual([answering, ...others].map((m) => m!.userId).sort());
    expect(new Set(opened.map((n) => n.link))).toEqual(new Set(["/inbox"]));

    await answerPulse(db, { member: answering!, roundId: (await openRound(surveyId)).id, answers: { [headlineId]: 8 }, now: at("2027-05-04T10:00:00Z") });
    const late = (await members(w.orgId, w.storeB.id, 1))[0]!;
    await tick("2027-05-07T23:59:00Z", w.orgId); // not yet: due two days before closing (the 8th)
    expect(await notifications(w.orgId, "pulse.reminder")).toEqual([]);
    expect(await tick("2027-05-08T00:00:00Z", w.orgId)).toMatchObject({ reminded: 1 });
    const reminded = await notifications(w.orgId, "pulse.reminder");
    expect(reminded.map((n) => n.userId).sort()).toEqual([...others.map((m) => m.userId), late.userId].sort());
    await tick("2027-05-09T00:00:00Z", w.orgId);
    expect(await notifications(w.orgId, "pulse.reminder")).toHaveLength(reminded.length);
    expect(await tick("2027-05-10T00:00:00Z", w.orgId)).toMatchObject({ closed: 1, opened: 1 });
  });
});

async function openRound(surveyId: string) {
  return db.pulseRound.findFirstOrThrow({ where: { surveyId, status: "OPEN" }, select: { id: true, opensAt: true } });
}

async function stored(orgId: string) {
  const [participations, responses, answers, rollup] = await Promise.all([
    db.participation.count({ where: { orgId } }),
    db.response.count({ where: { orgId } }),
    db.answer.count({ where: { orgId } }),
    db.dailyRollup.aggregate({ where: { orgId }, _sum: { n: true } }),
  ]);
  return { participations, responses, answers, rollupN: rollup._sum.n ?? 0 };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, message: (error as AppError).message };
}

describe("answering a pulse", () => {
  it("stores participation apart from an anonymous response, with one rollup increment, and refuses a second answer", async () => {
    const w = await makeWorld();
    const { surveyId, headlineId } = await makePulse(w.orgId, { cadence: "MONTHLY", startsOn: "2027-06-01", teamIds: [w.region.id] });
    const [me] = await members(w.orgId, w.storeA.id, 1);
    await tick("2027-06-01T00:01:00Z", w.orgId);
    const round = await openRound(surveyId);
    expect((await listOpenPulses(db, { member: me!, now: at("2027-06-02") })).map((p) => p.roundId)).toEqual([round.id]);

    await answerPulse(db, { member: me!, roundId: round.id, answers: { [headlineId]: "9" }, now: at("2027-06-03T15:42:10Z") });
    expect(await stored(w.orgId)).toEqual({ participations: 1, responses: 1, answers: 1, rollupN: 1 });
    const participation = await db.participation.findFirstOrThrow({ where: { orgId: w.orgId } });
    expect(participation).toMatchObject({ surveyId, roundId: round.id, userId: me!.userId, teamId: w.storeA.id });
    expect(day(participation.day)).toBe("2027-06-01");
    const response = await db.response.findFirstOrThrow({ where: { orgId: w.orgId } });
    expect(response).toMatchObject({ teamId: w.storeA.id, score: 9, submittedAt: null, distributionId: null, respondentEmail: null });
    expect(day(response.submittedOn)).toBe("2027-06-03");
    const rollup = await db.dailyRollup.findFirstOrThrow({ where: { orgId: w.orgId } });
    expect({ day: day(rollup.day), team: rollup.teamId, n: rollup.n, h9: rollup.h9 }).toEqual({ day: "2027-06-03", team: w.storeA.id, n: 1, h9: 1 });
    expect(await listOpenPulses(db, { member: me!, now: at("2027-06-04") })).toEqual([]);

    expect(await refusal(answerPulse(db, { member: me!, roundId: round.id, answers: { [headlineId]: 3 }, now: at("2027-06-04") }))).toEqual({ code: "conflict", message: "You already answered this round" });
    expect(await stored(w.orgId)).toEqual({ participations: 1, responses: 1, answers: 1, rollupN: 1 });
  });

  it("lets only one of two simultaneous answers through", async () => {
    const w = await makeWorld();
    const { surveyId, headlineId } = await makePulse(w.orgId, { cadence: "WEEKLY", startsOn: "2027-06-07", teamIds: [w.storeB.id] });
    const [me] = await members(w.orgId, w.storeB.id, 1);
    await tick("2027-06-07T00:01:00Z", w.orgId);
    const roundId = (await openRound(surveyId)).id;
    const outcomes = await Promise.allSettled([6, 7].map((score) => answerPulse(db, { member: me!, roundId, answers: { [headlineId]: score }, now: at("2027-06-08") })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === "rejected");
    expect(failed?.status === "rejected" && failed.reason).toMatchObject({ code: "conflict", message: "You already answered this round" });
    expect(await stored(w.orgId)).toEqual({ participations: 1, responses: 1, answers: 1, rollupN: 1 });
  });

  it("is refused to other teams, other organizations, members without a team, bad answers and closed rounds", async () => {
    const w = await makeWorld();
    const other = await makeWorld();
    const { surveyId, headlineId } = await makePulse(w.orgId, { cadence: "WEEKLY", startsOn: "2027-07-05", teamIds: [w.storeA.id] });
    await tick("2027-07-05T00:01:00Z", w.orgId);
    const roundId = (await openRound(surveyId)).id;
    const now = at("2027-07-06");
    const answer = (member: PulseMember, answers: Record<string, unknown> = { [headlineId]: 8 }, when = now) => refusal(answerPulse(db, { member, roundId, answers, now: when }));
    const [inOffice] = await members(w.orgId, w.office.id, 1);
    const [elsewhere] = await members(other.orgId, other.storeA.id, 1);
    const [teamless] = await members(w.orgId, null, 1);
    const [me] = await members(w.orgId, w.storeA.id, 1);
    expect(await answer(inOffice!)).toMatchObject({ code: "not_found" });
    // Another organization's member naming this round, even with this org's team id.
    expect(await answer(elsewhere!)).toMatchObject({ code: "not_found" });
    expect(await answer({ ...elsewhere!, teamId: w.storeA.id })).toMatchObject({ code: "not_found" });
    expect(await answer(teamless!)).toMatchObject({ code: "forbidden" });
    expect(await answer(me!, { [headlineId]: 11 })).toMatchObject({ code: "validation_failed" });
    expect(await answer(me!, {})).toMatchObject({ code: "validation_failed" });
    expect(await answer(me!, { [headlineId]: 8 }, at("2027-07-12T00:00:00Z"))).toMatchObject({ code: "not_found" });
    expect(await stored(w.orgId)).toEqual({ participations: 0, responses: 0, answers: 0, rollupN: 0 });
  });
});

describe("anonymity by construction", () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const rowOf = async (table: "Response" | "Answer" | "Participation", where: string, value: string) =>
    (await db.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(`SELECT row_to_json(t) AS row FROM "${table}" t WHERE "${where}" = $1`, value)).map((r) => r.row);

  it("keeps the user out of the answer, and nothing in common between participation and response but org, survey and team", async () => {
    const w = await makeWorld();
    const { surveyId, headlineId } = await makePulse(w.orgId, { cadence: "MONTHLY", startsOn: "2027-08-02", teamIds: [w.storeA.id] });
    const [late, early] = await members(w.orgId, w.storeA.id, 2);
    await tick("2027-08-02T00:01:00Z", w.orgId);
    const round = await openRound(surveyId);
    const comment = await db.question.create({ data: { orgId: w.orgId, surveyId, position: 1, type: "OPEN_TEXT", prompt: "Anything else?" }, select: { id: true } });
    await answerPulse(db, { member: late!, roundId: round.id, answers: { [headlineId]: 4, [comment.id]: "More staff on Saturdays" }, now: at("2027-08-05T08:30:00Z") });
    await answerPulse(db, { member: early!, roundId: round.id, answers: { [headlineId]: 10 }, now: at("2027-08-02T09:00:00Z") });

    const identity = await db.membership.findMany({ where: { userId: { in: [late!.userId, early!.userId] } }, select: { id: true, userId: true, user: { select: { email: true } } } });
    const secrets = identity.flatMap((m) => [m.id, m.userId, m.user.email]);
    const responses = await rowOf("Response", "surveyId", surveyId);
    const answers = (await Promise.all(responses.map((r) => rowOf("Answer", "responseId", String(r.id))))).flat();
    const participations = await rowOf("Participation", "surveyId", surveyId);
    expect(responses).toHaveLength(2);
    for (const row of [...responses, ...answers]) for (const secret of secrets) expect(JSON.stringify(row)).not.toContain(secret);
    // No column of Response or Answer could hold a user at all.
    const columns = await db.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
      SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name IN ('Response', 'Answer') AND table_schema = 'public'`;
    expect(columns.filter((c) => /user|member|author/i.test(c.column_name))).toEqual([]);

    for (const response of responses) {
      expect(response.id).toMatch(UUID_V4);
      expect(response.submittedAt).toBeNull();
      expect(String(response.submittedOn)).toMatch(/^\d{4}-\d{2}-\d{2}$/); // a date, no time
      for (const participation of participations) {
        const shared = Object.entries(participation).filter(([key, value]) => !["orgId", "surveyId", "teamId", "day"].includes(key) && Object.values(response).includes(value));
        expect(shared).toEqual([]);
        expect(Object.values(response)).not.toContain(participation.id);
      }
    }
    for (const answer of answers) expect(answer.id).toMatch(UUID_V4);
    // Participation keeps the round's opening day: it matches an answer's day only when the answer came that day.
    expect(new Set(participations.map((p) => p.day))).toEqual(new Set(["2027-08-02"]));
    expect(responses.map((r) => r.submittedOn).sort()).toEqual(["2027-08-02", "2027-08-05"]);
  });
});

describe("participation rates", () => {
  it("shows a team only with k invited and k answered, and hides more when subtraction would reveal a small team", () => {
    const figure = (teams: [string, number, number][]) => participationFigures({ k: 5, teams: teams.map(([teamId, invited, answered]) => ({ teamId, invited, answered })) });
    const shown = (f: ReturnType<typeof figure>) => f.teams.filter((t) => t.shown).map((t) => t.teamId);
    expect(shown(figure([["A", 10, 6], ["B", 9, 5]]))).toEqual(["A", "B"]);
    expect(figure([["A", 10, 6], ["B", 9, 5]]).overall).toEqual({ shown: true, invited: 19, answered: 11, rate: 11 / 19 });
    // B answered 3: hidden; total − A would give B's 3, so A goes too (the total stays).
    expect(shown(figure([["A", 10, 6], ["B", 9, 3]]))).toEqual([]);
    expect(figure([["A", 10, 6], ["B", 9, 3]]).overall).toMatchObject({ shown: true, answered: 9 });
    // C: fewer than k invited; hidden C + D remainder of 2 forces the smaller of A/B (B) out.
    expect(shown(figure([["A", 10, 7], ["B", 8, 5], ["C", 4, 2]]))).toEqual(["A"]);
    expect(shown(figure([["A", 10, 4]]))).toEqual([]);
    expect(figure([["A", 10, 4]]).overall).toEqual({ shown: false });
  });

  it("reaches the schedule page counted per member's team, with small teams hidden", async () => {
    const w = await makeWorld();
    const { surveyId, headlineId } = await makePulse(w.orgId, { cadence: "MONTHLY", startsOn: "2027-09-01", teamIds: [w.region.id] });
    const big = await members(w.orgId, w.storeA.id, 6);
    const small = await members(w.orgId, w.storeB.id, 5);
    await tick("2027-09-01T00:01:00Z", w.orgId);
    const roundId = (await openRound(surveyId)).id;
    for (const member of [...big, ...small.slice(0, 2)]) await answerPulse(db, { member, roundId, answers: { [headlineId]: 7 }, now: at("2027-09-02") });
    const page = await getPulseSchedule(db, { orgId: w.orgId, surveyId });
    const figures = page.rounds.open[0]?.figures;
    expect(page.k).toBe(5);
    // Store B: 2 of 5 answered, hidden; then total − A = 2 would reveal it, so A is hidden too.
    expect(figures?.teams).toEqual(expect.arrayContaining([{ teamId: w.storeA.id, shown: false }, { teamId: w.storeB.id, shown: false }]));
    expect(figures?.overall).toEqual({ shown: true, invited: 11, answered: 8, rate: 8 / 11 });
    expect(page.rounds.next).toMatchObject({ status: "SCHEDULED" });
  });
});

describe("the tick on pg-boss", () => {
  it("starts against the test database, runs a queued tick, and stops cleanly", async () => {
    const w = await makeWorld();
    const { surveyId } = await makePulse(w.orgId, { cadence: "WEEKLY", startsOn: "2027-10-04", teamIds: [w.storeA.id] });
    const errors: unknown[] = [];
    const logger: JobLogger = { info: () => undefined, error: (message, error) => errors.push([message, error]) };
    const boss = createBoss({ connectionString: env().DATABASE_URL, logger, poolMax: 2 });
    const stopped = new Promise<void>((resolve) => boss.once("stopped", () => resolve()));
    await boss.start();
    try {
      await registerPulseJobs({ boss, db, logger, pollingIntervalSeconds: 0.5, now: () => at("2027-10-04T00:01:00Z") });
      expect((await boss.getSchedules()).map((s) => [s.name, s.cron])).toEqual([[PULSE_TICK_QUEUE, PULSE_TICK_CRON]]);
      const jobId = await requestPulseTick(boss);
      expect(jobId).toEqual(expect.any(String));
      const deadline = Date.now() + 20_000;
      const state = async () => (await boss.getJobById(PULSE_TICK_QUEUE, jobId ?? "", { includeArchive: true }))?.state;
      while ((await state()) !== "completed" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await state()).toBe("completed");
      expect((await rounds(surveyId)).map((r) => r.status)).toEqual(["OPEN", "SCHEDULED"]);
    } finally {
      await boss.stop({ graceful: true, timeout: 5000 });
    }
    await stopped;
    expect(errors).toEqual([]);
  });
});
