import 'server-only';
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/lib/db/client';
import { notifications, users } from '@/lib/db/schema';
import type { NotificationKind } from '@/lib/db/schema/enums';
import { readSiteSettings } from '@/lib/settings/site-settings';
import { banInForce } from '@/lib/auth/ban';
import { can } from '@/lib/auth/permissions';
import { mailEnabled } from '@/lib/mail/mail-config';
import { enqueueMail } from '@/lib/mail/outbox';
import { NOTIFICATION_EMAILS } from './emails';
import { TOPICS } from './topics';

/** At most one email per group (a thread's replies to one person, a person's reports) in this long. */
export const BATCH_WINDOW_MS = 15 * 60_000;

/**
 * Turns what is waiting into emails: for every group with something new and no email in the last quarter hour,
 * one email with all of it. The first reply goes out at once; later ones gather until the quarter hour is up.
 * A person banned, unsubscribed or unproven since gets nothing, and what was waiting for them is dropped.
 */
export async function sendDueNotifications({ now = new Date() } = {}): Promise<number> {
  if (!mailEnabled()) return 0;
  const db = await getDb();
  const since = new Date(now.getTime() - BATCH_WINDOW_MS);
  const groups = await queryRows<{ recipient_id: number; group_key: string; kind: NotificationKind }>(
    db,
    sql`select distinct n.recipient_id, n.group_key, n.kind from notifications n
        where n.sent_at is null and n.created_at <= ${now.toISOString()}
          and not exists (select 1 from notifications m where m.recipient_id = n.recipient_id
                          and m.group_key = n.group_key and m.sent_at > ${since.toISOString()})
        limit 50`,
  );
  if (groups.length === 0) return 0;
  const { publicationName } = await readSiteSettings(db);
  let sent = 0;
  for (const group of groups) {
    sent += await db.transaction(async (tx) => {
      const waiting = await tx
        .select({ id: notifications.id, subjectId: notifications.subjectId })
        .from(notifications)
        .where(and(eq(notifications.recipientId, group.recipient_id), eq(notifications.groupKey, group.group_key), isNull(notifications.sentAt), lte(notifications.createdAt, now)))
        .for('update', { skipLocked: true });
      if (waiting.length === 0) return 0;
      const ids = waiting.map((w) => w.id);
      const [person] = await tx.select().from(users).where(eq(users.id, group.recipient_id));
      const wanted =
        person && !banInForce(person) && person.emailVerified !== null && person[TOPICS[group.kind].column] && can(person.role, TOPICS[group.kind].action);
      const mail = wanted ? await NOTIFICATION_EMAILS[group.kind](tx, person, waiting.map((w) => w.subjectId), publicationName) : null;
      if (!mail) {
        await tx.delete(notifications).where(inArray(notifications.id, ids));
        return 0;
      }
      await enqueueMail(tx, mail);
      await tx.update(notifications).set({ sentAt: now }).where(inArray(notifications.id, ids));
      return 1;
    });
  }
  return sent;
}
