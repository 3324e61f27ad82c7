/**
 * Pulse reminders by email: once the reminder notifications are committed, the members who
 * haven't answered also get an email (through a real SMTP server: the project's catcher).
 */
import { afterAll, describe, expect, it } from "vitest";
import { startMailCatcher } from "../../scripts/lib/mail-catcher";

// Before anything reads the environment (env() parses it once, on first use).
const catcher = await startMailCatcher();
process.env.SMTP_URL = catcher.smtpUrl;

const { db } = await import("@/server/db");
const { closeMailTransport } = await import("@/server/email/send-mail");
const { answerPulse } = await import("@/server/pulses/answer-pulse");
const { runPulseTick } = await import("@/server/pulses/run-pulse-tick");
const { emailReminders } = await import("@/server/pulses/email-reminders");
const { savePulseSchedule } = await import("@/server/pulses/save-pulse-schedule");
const { makeMember, makeOrg, makeSurvey, makeTeam } = await import("../factories");

afterAll(async () => {
  closeMailTransport();
  await catcher.stop();
});

const at = (iso: string) => new Date(iso);
const silent = { error: () => undefined };
const email = (reminders: Parameters<typeof emailReminders>[1]) => emailReminders(db, reminders, silent);

describe("pulse reminders by email", () => {
  it("email only the invited members who have not answered, once", async () => {
    const org = await makeOrg();
    const team = await makeTeam(org.orgId, { name: "Store" });
    const survey = await makeSurvey(org.orgId, { audience: "EMPLOYEE" });
    await db.survey.update({ where: { id: survey.id }, data: { status: "ACTIVE" } });
    await savePulseSchedule(db, { orgId: org.orgId, surveyId: survey.id, actor: {}, input: { cadence: "WEEKLY", roundDays: 7, startsOn: at("2027-05-03T00:00:00Z"), teamIds: [team.id] } });
    const people = [await makeMember(org.orgId, { teamId: team.id }), await makeMember(org.orgId, { teamId: team.id }), await makeMember(org.orgId, { teamId: team.id })];
    await runPulseTick(db, { now: at("2027-05-03T00:01:00Z"), scope: { orgId: org.orgId }, emailReminders: email });
    const round = await db.pulseRound.findFirstOrThrow({ where: { surveyId: survey.id, status: "OPEN" } });
    const headline = survey.questions.find((q) => q.isHeadline)!;
    await answerPulse(db, { member: { orgId: org.orgId, userId: people[0]!.userId, teamId: team.id }, roundId: round.id, answers: { [headline.id]: 9 }, now: at("2027-05-04T10:00:00Z") });

    const result = await runPulseTick(db, { now: at("2027-05-08T00:00:00Z"), scope: { orgId: org.orgId }, emailReminders: email });
    expect(result).toMatchObject({ reminded: 1, emailed: 2 });
    const to = catcher.messages().flatMap((m) => m.to).sort();
    expect(to).toEqual([people[1]!.email, people[2]!.email].sort());
    expect(catcher.messages()[0]?.subject).toMatch(/^Reminder: /);
    expect(catcher.messages()[0]?.text).toContain("/inbox");

    await runPulseTick(db, { now: at("2027-05-09T00:00:00Z"), scope: { orgId: org.orgId }, emailReminders: email });
    expect(catcher.messages()).toHaveLength(2);
  });
});
