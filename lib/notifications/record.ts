import 'server-only';
import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Tx } from '@/lib/db/client';
import { comments, notifications, users } from '@/lib/db/schema';
import type { NotificationKind } from '@/lib/db/schema/enums';
import { notBanned } from '@/lib/auth/ban';
import { mailEnabled } from '@/lib/mail/mail-config';
import { wakeMailWorker } from '@/lib/mail/wake';
import { rolesFor, TOPICS } from './topics';

/**
 * A reply has just become visible (posted approved, or approved by a moderator): the author of the comment it
 * answers hears about it, unless they wrote it themselves, or have switched replies off, are banned or gone,
 * or their address is unproven. Those are checked again when the email is written. Once per reply. Times come
 * from this process's clock, which the sender compares them with (lib/notifications/send-due.ts).
 */
export async function noteApprovedReply(tx: Tx, reply: { id: number; parentId: number | null; rootId: number | null; authorId: number | null }): Promise<void> {
  if (!mailEnabled() || reply.parentId === null) return;
  const [parent] = await tx
    .select({ authorId: comments.authorId })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.id, reply.parentId), eq(users.notifyReplies, true), notBanned(), isNotNull(users.emailVerified)));
  if (!parent?.authorId || parent.authorId === reply.authorId) return;
  await tx
    .insert(notifications)
    .values({ recipientId: parent.authorId, kind: 'reply', groupKey: `thread:${reply.rootId ?? reply.parentId}`, subjectId: reply.id, createdAt: new Date() })
    .onConflictDoNothing();
  wakeMailWorker();
}

/** A new comment report or error report: every member of staff who asked to hear about them will. */
export async function noteForStaff(tx: Tx, kind: Exclude<NotificationKind, 'reply'>, subjectId: number, exceptUserId?: number): Promise<void> {
  if (!mailEnabled()) return;
  const staff = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.role, rolesFor(kind)),
        eq(users[TOPICS[kind].column], true),
        notBanned(),
        isNotNull(users.emailVerified),
        ...(exceptUserId ? [ne(users.id, exceptUserId)] : []),
      ),
    );
  if (staff.length === 0) return;
  await tx
    .insert(notifications)
    .values(staff.map((s) => ({ recipientId: s.id, kind, groupKey: kind, subjectId, createdAt: new Date() })))
    .onConflictDoNothing();
  wakeMailWorker();
}
