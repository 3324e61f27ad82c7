import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { formatDay, lastDayOf } from "@/server/pulses/format-day";
import { listOpenPulses, NO_TEAM_MESSAGE } from "@/server/pulses/load-pulse-round";
import { listNotifications } from "@/server/pulses/notifications";
import { MarkAllReadForm } from "./mark-read-form";

export const metadata: Metadata = { title: "Inbox" };

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** Every member's inbox: the pulses waiting for their answer, and their notifications. */
export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember("pulses:answer");
  const [pulses, notifications, query] = await Promise.all([
    listOpenPulses(db, { member: { orgId: member.orgId, userId: member.userId, teamId: member.teamId }, now: new Date() }),
    listNotifications(db, { orgId: member.orgId, userId: member.userId }),
    searchParams,
  ]);
  return (
    <>
      <PageHeader title="Inbox" description="Pulses waiting for your answer, and news for you." />
      <div className="space-y-6">
        {query.answered === "1" ? (
          <Alert tone="success">Thank you! Your answer is recorded anonymously: no name is kept with it, only the day.</Alert>
        ) : null}
        {member.teamId ? null : <Alert tone="info">{NO_TEAM_MESSAGE}</Alert>}
        <Card title="Pulses to answer">
          {pulses.length === 0 ? (
            <p className="text-sm text-slate-600">Nothing to answer right now.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {pulses.map((pulse) => (
                <li key={pulse.roundId} data-testid="inbox-pulse" className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <p className="font-medium text-slate-900">{pulse.title}</p>
                    <p className="text-sm text-slate-600">Open until {formatDay(lastDayOf(pulse.closesAt))} · anonymous</p>
                  </div>
                  <Link href={`/inbox/${pulse.roundId}`} className={buttonClass("primary")} aria-label={`Answer ${pulse.title}`}>
                    Answer
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card
          title="Notifications"
          description={<span data-testid="unread-count">{notifications.unread === 1 ? "1 unread" : `${notifications.unread} unread`}</span>}
          actions={notifications.unread > 0 ? <MarkAllReadForm /> : undefined}
        >
          {notifications.items.length === 0 ? (
            <p className="text-sm text-slate-600">No notifications yet.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {notifications.items.map((n) => (
                <li key={n.id} data-testid="notification" className="py-3">
                  <p className={`text-sm ${n.read ? "text-slate-700" : "font-semibold text-slate-900"}`}>
                    {n.read ? null : (
                      <span className="mr-2 inline-flex items-center rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-inset ring-brand-100">
                        New
                      </span>
                    )}
                    {n.link ? (
                      <Link href={n.link} className="hover:underline">
                        {n.title}
                      </Link>
                    ) : (
                      n.title
                    )}
                  </p>
                  {n.body ? <p className="mt-0.5 text-sm text-slate-600">{n.body}</p> : null}
                  <p className="mt-0.5 text-xs text-slate-500">{when.format(n.createdAt)}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
