import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Tx } from '@/lib/db/client';
import { commentLikes, commentReports, comments } from '@/lib/db/schema';
import { reportReason } from '@/lib/db/schema/enums';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { noteForStaff } from '@/lib/notifications/record';
import { consume } from '@/lib/rate-limit/limiter';
import { countLike } from './counts';

/** A comment readers can see (approved), locked for the counter update that follows. */
async function visibleComment(tx: Tx, id: number) {
  const [comment] = await tx
    .select({ id: comments.id, articleId: comments.articleId })
    .from(comments)
    .where(and(eq(comments.id, id), eq(comments.status, 'approved')))
    .for('update');
  if (!comment) throw notFound('Comment');
  return comment;
}

/**
 * Like (`liked` true) or unlike a comment. Idempotent: liking twice leaves one like; the count moves only
 * when a like row is really added or removed, inside the same transaction.
 */
export async function setLike(actor: Actor, commentId: number, liked: boolean): Promise<{ liked: boolean; likeCount: number }> {
  assertCan(actor, 'comment:like');
  await consume('likesPerUser', String(actor.id));
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const comment = await visibleComment(tx, commentId);
    const changed = liked
      ? await tx.insert(commentLikes).values({ commentId, userId: actor.id }).onConflictDoNothing().returning({ id: commentLikes.commentId })
      : await tx
          .delete(commentLikes)
          .where(and(eq(commentLikes.commentId, commentId), eq(commentLikes.userId, actor.id)))
          .returning({ id: commentLikes.commentId });
    const delta = changed.length === 0 ? 0 : liked ? 1 : -1;
    return { articleId: comment.articleId, likeCount: await countLike(tx, commentId, delta), changed: delta !== 0 };
  });
  if (result.changed) expireTags([cacheTags.comments(result.articleId)]);
  return { liked, likeCount: result.likeCount };
}

export const reportSchema = z.object({
  reason: z.enum(reportReason.enumValues, { error: 'Choose spam, abuse, off_topic, misinformation or other' }),
  note: z.string().trim().max(500, 'Notes are at most 500 characters').optional(),
});

/** A reader reports a comment to the moderators, once per comment. */
export async function reportComment(actor: Actor, commentId: number, input: unknown): Promise<{ reported: true }> {
  assertCan(actor, 'comment:report');
  const { reason, note } = parseOrThrow(reportSchema, input);
  await consume('reportsPerUser', String(actor.id));
  const db = await getDb();
  await db.transaction(async (tx) => {
    await visibleComment(tx, commentId);
    const inserted = await tx
      .insert(commentReports)
      .values({ commentId, reporterId: actor.id, reason, note: note || null })
      .onConflictDoNothing()
      .returning({ id: commentReports.id });
    if (inserted.length === 0) throw new AppError('conflict', 'You have already reported this comment.');
    await tx.update(comments).set({ reportCount: sql`${comments.reportCount} + 1` }).where(eq(comments.id, commentId));
    await noteForStaff(tx, 'report', commentId, actor.id);
  });
  expireTags([cacheTags.moderationQueues]);
  return { reported: true };
}
