/**
 * Reminder emails for a pulse round, sent after the reminder notifications are committed. An
 * in-app notification only reaches people who open Tandem; frontline staff often don't, so
 * the reminder also goes by email when SMTP is configured. A failed send is logged and
 * skipped: the in-app reminder already exists, and the round must not be reminded twice.
 */
import { env } from "@/env";
import type { Db } from "../prisma-client";
import { isMailConfigured, sendMail } from "../email/send-mail";
import { formatDay, lastDayOf } from "./format-day";
import { INBOX_LINK } from "./tick-notify";

export type RoundReminder = { orgId: string; title: string; closesAt: Date; userIds: string[] };

export type ReminderLog = { error(message: string, error?: unknown): void };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function emailReminders(db: Db, reminders: RoundReminder[], log: ReminderLog): Promise<number> {
  if (!isMailConfigured() || reminders.length === 0) return 0;
  const inbox = new URL(INBOX_LINK, env().NEXTAUTH_URL ?? "http://localhost:3000").toString();
  let sent = 0;
  for (const reminder of reminders) {
    const users = await db.user.findMany({
      where: { id: { in: reminder.userIds }, memberships: { some: { orgId: reminder.orgId } } },
      select: { email: true },
    });
    const until = formatDay(lastDayOf(reminder.closesAt));
    const subject = `Reminder: ${reminder.title} closes soon`;
    const text = `There is still time to answer "${reminder.title}", until ${until}. Your answer is anonymous.\n\nAnswer it here: ${inbox}\n`;
    const html = `<p>There is still time to answer <strong>${escape(reminder.title)}</strong>, until ${escape(until)}. Your answer is anonymous.</p><p><a href="${escape(inbox)}">Answer the pulse</a></p>`;
    for (const { email } of users) {
      try {
        await sendMail({ to: email, subject, text, html });
        sent++;
      } catch (error) {
        log.error(`pulse reminder to a member could not be sent`, error);
      }
    }
  }
  return sent;
}
