/**
 * The two steps of the pulse tick that notify people: opening a round and reminding those who
 * have not answered. Each round is locked (FOR UPDATE SKIP LOCKED) and re-checked in the
 * transaction that changes its state and writes the notifications, so across concurrent ticks
 * every round is opened once and reminded once (./run-pulse-tick.ts).
 */
import type { Db, Tx } from "../prisma-client";
import { formatDay, lastDayOf } from "./format-day";
import { reminderDueAt, REMINDER_LEAD_MS } from "./periods";
import { resolveInvitees } from "./pulse-teams";

export const INBOX_LINK = "/inbox";
export const PULSE_OPEN_KIND = "pulse.open";
export const PULSE_REMINDER_KIND = "pulse.reminder";

type RoundWhere = { orgId?: string; surveyId?: string };
type StepOptions = { now: Date; where: RoundWhere };
type RemindOptions = StepOptions & { onReminded?: (reminder: { orgId: string; title: string; closesAt: Date; userIds: string[] }) => void };

// Small transactions: a tick holds few locks at a time and a failure undoes one batch only.
const BATCH = 20;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Locks the rounds that are still in `status` (and, for reminders, not yet reminded); skips rounds another tick holds. */
async function lockRounds(tx: Tx, ids: string[], status: "SCHEDULED" | "OPEN", unreminded = false): Promise<Set<string>> {
  const rows = unreminded
    ? await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "PulseRound" WHERE id = ANY(${ids}::text[]) AND status = 'OPEN'::"PulseRoundStatus" AND "remindedAt" IS NULL
        ORDER BY id FOR UPDATE SKIP LOCKED`
    : await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "PulseRound" WHERE id = ANY(${ids}::text[]) AND status = ${status}::"PulseRoundStatus"
        ORDER BY id FOR UPDATE SKIP LOCKED`;
  return new Set(rows.map((r) => r.id));
}

const roundSelect = { id: true, orgId: true, surveyId: true, opensAt: true, closesAt: true, survey: { select: { title: true, status: true } } } as const;

/**
 * Opens the rounds whose day has come: SCHEDULED → OPEN, the members the pulse reaches are
 * invited (PulseInvite) and notified. A round whose whole window passed unopened (every
 * instance was down) is deleted instead: nobody could have answered it, and opening it late
 * would only send invitations to something already over.
 */
export async function openDueRounds(db: Db, { now, where }: StepOptions) {
  const due = await db.pulseRound.findMany({
    where: { ...where, status: "SCHEDULED", opensAt: { lte: now }, OR: [{ closesAt: { lte: now } }, { survey: { status: "ACTIVE" } }] },
    select: { id: true },
    orderBy: { opensAt: "asc" },
  });
  const totals = { opened: 0, dropped: 0, notified: 0 };
  for (const batch of chunks(due.map((r) => r.id), BATCH)) {
    const outcome = await db.$transaction(async (tx) => {
      const locked = await lockRounds(tx, batch, "SCHEDULED");
      const rounds = await tx.pulseRound.findMany({ where: { id: { in: [...locked] } }, select: roundSelect });
      const sums = { opened: 0, dropped: 0, notified: 0 };
      for (const round of rounds) {
        if (round.closesAt <= now) {
          await tx.pulseRound.delete({ where: { id: round.id } });
          sums.dropped++;
        } else if (round.survey.status === "ACTIVE") {
          await tx.pulseRound.update({ where: { id: round.id }, data: { status: "OPEN" } });
          sums.notified += await inviteAndNotify(tx, round, now);
          sums.opened++;
        }
      }
      return sums;
    });
    totals.opened += outcome.opened;
    totals.dropped += outcome.dropped;
    totals.notified += outcome.notified;
  }
  return totals;
}

type RoundRow = { id: string; orgId: string; surveyId: string; closesAt: Date; survey: { title: string } };

async function inviteAndNotify(tx: Tx, round: RoundRow, now: Date): Promise<number> {
  const { orgId, surveyId } = round;
  const invitees = await resolveInvitees(tx, { orgId, surveyId });
  if (invitees.length === 0) return 0;
  await tx.pulseInvite.createMany({ data: invitees.map((i) => ({ roundId: round.id, orgId, userId: i.userId, teamId: i.teamId })), skipDuplicates: true });
  const { count } = await tx.notification.createMany({
    data: invitees.map((i) => ({
      orgId,
      userId: i.userId,
      kind: PULSE_OPEN_KIND,
      title: `New pulse: ${round.survey.title}`,
      body: `A few questions, answered anonymously. Open until ${formatDay(lastDayOf(round.closesAt))}.`,
      link: INBOX_LINK,
      createdAt: now,
    })),
  });
  return count;
}

/**
 * Sends each open round's one reminder, when it is due, to the members it reaches who have
 * not answered. Members who joined a reached team since the round opened are invited now, so
 * they hear about it too. Who answered is read from Participation, which says who took part
 * and never what they answered.
 */
export async function remindDueRounds(db: Db, { now, where, onReminded }: RemindOptions) {
  const open = await db.pulseRound.findMany({
    // A superset of the due rounds: the exact moment depends on each round's length.
    where: { ...where, status: "OPEN", remindedAt: null, closesAt: { gt: now, lte: new Date(now.getTime() + REMINDER_LEAD_MS) } },
    select: { id: true, opensAt: true, closesAt: true },
  });
  const due = open.filter((r) => reminderDueAt(r) <= now).map((r) => r.id);
  const totals = { reminded: 0, notified: 0 };
  for (const batch of chunks(due, BATCH)) {
    const outcome = await db.$transaction(async (tx) => {
      const locked = await lockRounds(tx, batch, "OPEN", true);
      const rounds = await tx.pulseRound.findMany({ where: { id: { in: [...locked] } }, select: roundSelect });
      const reminders: { orgId: string; title: string; closesAt: Date; userIds: string[] }[] = [];
      for (const round of rounds) {
        await tx.pulseRound.update({ where: { id: round.id }, data: { remindedAt: now } });
        const userIds = await remindNonParticipants(tx, round, now);
        reminders.push({ orgId: round.orgId, title: round.survey.title, closesAt: round.closesAt, userIds });
      }
      return { reminded: rounds.length, reminders };
    });
    totals.reminded += outcome.reminded;
    // Only once the transaction committed: an email can't be taken back if it rolled back.
    for (const reminder of outcome.reminders) {
      totals.notified += reminder.userIds.length;
      if (reminder.userIds.length) onReminded?.(reminder);
    }
  }
  return totals;
}

/** Notifies the invited members who have not answered; returns their user ids. */
async function remindNonParticipants(tx: Tx, round: RoundRow, now: Date): Promise<string[]> {
  const { orgId, surveyId } = round;
  const reached = await resolveInvitees(tx, { orgId, surveyId });
  await tx.pulseInvite.createMany({ data: reached.map((i) => ({ roundId: round.id, orgId, userId: i.userId, teamId: i.teamId })), skipDuplicates: true });
  const invites = await tx.pulseInvite.findMany({ where: { roundId: round.id, orgId }, select: { userId: true } });
  const participations = await tx.participation.findMany({ where: { roundId: round.id, orgId }, select: { userId: true } });
  const answered = new Set(participations.map((p) => p.userId));
  const pending = invites.filter((i) => !answered.has(i.userId));
  if (pending.length === 0) return [];
  await tx.notification.createMany({
    data: pending.map((i) => ({
      orgId,
      userId: i.userId,
      kind: PULSE_REMINDER_KIND,
      title: `Reminder: ${round.survey.title} closes soon`,
      body: `There is still time to answer, until ${formatDay(lastDayOf(round.closesAt))}. Your answer is anonymous.`,
      link: INBOX_LINK,
      createdAt: now,
    })),
  });
  return pending.map((i) => i.userId);
}
