/**
 * The pulse clock: creates the rounds that are due, opens them (inviting and notifying every
 * member the pulse reaches), reminds those who have not answered, and closes rounds whose time
 * is up. pg-boss runs it every few minutes (src/server/jobs/pulse-jobs.ts) and the schedule
 * page runs it once on saving; tests call it with a fake `now`.
 *
 * It is a system job, so unlike every other data-access function it runs across organizations
 * (optionally narrowed by `scope`); each write uses the orgId of the row it came from.
 *
 * Safe to run any number of times, at once, from several instances
 * (docs/decisions/011-pulses-and-jobs.md):
 * - a round is unique per (surveyId, opensAt), and rounds are inserted with ON CONFLICT DO
 *   NOTHING, so two ticks can't create two rounds for one period;
 * - opening and reminding lock the due rounds with FOR UPDATE SKIP LOCKED and change their
 *   state in the same transaction as the notifications, so each round is opened, and reminded,
 *   by exactly one tick; a tick that sees the lock skips the round, and one that comes later
 *   no longer finds it due;
 * - closing is one conditional UPDATE.
 */
import type { Db } from "../prisma-client";
import { planRounds, type Cadence } from "./periods";
import type { RoundReminder } from "./email-reminders";
import { openDueRounds, remindDueRounds } from "./tick-notify";

export type PulseTickScope = { orgId: string; surveyId?: string };
export type PulseTickOptions = {
  now: Date;
  scope?: PulseTickScope;
  /**
   * Sends the committed reminders by email and says how many went (the job runner passes
   * emailReminders). Injected rather than imported so this module stays loadable outside
   * the server bundle (Playwright fixtures run the tick directly).
   */
  emailReminders?: (reminders: RoundReminder[]) => Promise<number>;
};
export type PulseTickResult = { created: number; opened: number; dropped: number; reminded: number; closed: number; notified: number; emailed: number };

const scopeWhere = (scope?: PulseTickScope) => (scope ? { orgId: scope.orgId, ...(scope.surveyId ? { surveyId: scope.surveyId } : {}) } : {});

export async function runPulseTick(db: Db, { now, scope, emailReminders }: PulseTickOptions): Promise<PulseTickResult> {
  const created = await createDueRounds(db, { now, scope });
  const opening = await openDueRounds(db, { now, where: scopeWhere(scope) });
  const reminders: RoundReminder[] = [];
  const reminding = await remindDueRounds(db, { now, where: scopeWhere(scope), onReminded: (r) => reminders.push(r) });
  const closed = await closeDueRounds(db, { now, scope });
  const emailed = emailReminders && reminders.length ? await emailReminders(reminders) : 0;
  return { created, opened: opening.opened, dropped: opening.dropped, reminded: reminding.reminded, closed, notified: opening.notified + reminding.notified, emailed };
}

/** Inserts the current and next rounds of every active, scheduled pulse that lacks them. */
async function createDueRounds(db: Db, { now, scope }: PulseTickOptions): Promise<number> {
  const surveys = await db.survey.findMany({
    where: {
      ...(scope ? { orgId: scope.orgId, ...(scope.surveyId ? { id: scope.surveyId } : {}) } : {}),
      audience: "EMPLOYEE",
      status: "ACTIVE",
      cadence: { not: null },
      pulseStartsOn: { not: null },
      pulseTeams: { some: {} },
    },
    select: {
      id: true,
      orgId: true,
      cadence: true,
      pulseRoundDays: true,
      pulseStartsOn: true,
      // Only rounds that could overlap the current or next period matter (a quarter at most).
      pulseRounds: { where: { closesAt: { gt: new Date(now.getTime() - 100 * 86_400_000) } }, select: { opensAt: true, closesAt: true } },
    },
  });
  let created = 0;
  for (const survey of surveys) {
    if (!survey.cadence || !survey.pulseStartsOn) continue;
    const planned = planRounds({
      startsOn: survey.pulseStartsOn,
      cadence: survey.cadence satisfies Cadence,
      roundDays: survey.pulseRoundDays,
      now,
      existing: survey.pulseRounds,
    });
    const known = new Set(survey.pulseRounds.map((r) => r.opensAt.getTime()));
    const fresh = planned.filter((p) => !known.has(p.opensAt.getTime()));
    if (fresh.length === 0) continue;
    // skipDuplicates: a concurrent tick that inserted the same period first wins, silently.
    const { count } = await db.pulseRound.createMany({
      data: fresh.map((p) => ({ orgId: survey.orgId, surveyId: survey.id, opensAt: p.opensAt, closesAt: p.closesAt, status: "SCHEDULED" as const })),
      skipDuplicates: true,
    });
    created += count;
  }
  return created;
}

/** Open rounds whose time is up, or whose survey stopped being active, stop taking answers. */
async function closeDueRounds(db: Db, { now, scope }: PulseTickOptions): Promise<number> {
  const { count } = await db.pulseRound.updateMany({
    where: { ...scopeWhere(scope), status: "OPEN", OR: [{ closesAt: { lte: now } }, { survey: { status: { not: "ACTIVE" } } }] },
    data: { status: "CLOSED" },
  });
  return count;
}
