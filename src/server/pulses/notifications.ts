/**
 * A member's in-app notifications (pulse invitations and reminders, and whatever else posts
 * to Notification). Always read and changed for one member of one organization.
 */
import type { DbOrTx } from "../prisma-client";

export type Recipient = { orgId: string; userId: string };

export type InboxNotification = { id: string; kind: string; title: string; body: string | null; link: string | null; createdAt: Date; read: boolean };

/** Newest first; the unread ones, and the most recent read ones for context. */
export async function listNotifications(db: DbOrTx, { orgId, userId, take = 30 }: Recipient & { take?: number }) {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { orgId, userId },
      orderBy: [{ readAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
      take,
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where: { orgId, userId, readAt: null } }),
  ]);
  const items: InboxNotification[] = rows.map(({ readAt, ...n }) => ({ ...n, read: readAt !== null }));
  return { items, unread };
}

export async function countUnreadNotifications(db: DbOrTx, { orgId, userId }: Recipient): Promise<number> {
  return db.notification.count({ where: { orgId, userId, readAt: null } });
}

/** Marks the member's unread notifications read: all of them, or only the ids given. */
export async function markNotificationsRead(db: DbOrTx, { orgId, userId, ids, now = new Date() }: Recipient & { ids?: string[]; now?: Date }): Promise<number> {
  const { count } = await db.notification.updateMany({
    // Another member's id simply matches nothing.
    where: { orgId, userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: now },
  });
  return count;
}
