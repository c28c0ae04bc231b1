import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { commentReports, comments } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { keepingCounts, lockStoryOf } from '@/lib/comments/counts';
import { REJECTION_REASONS } from '@/lib/comments/rejection-reasons';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { noteApprovedReply } from '@/lib/notifications/record';
import { recordAction } from './audit';

export const MODERATION_ACTIONS = ['approve', 'reject', 'spam', 'feature', 'unfeature'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const decisionSchema = z
  .object({
    action: z.enum(MODERATION_ACTIONS, { error: `Choose one of: ${MODERATION_ACTIONS.join(', ')}` }),
    reason: z.enum(REJECTION_REASONS, { error: `Choose one of: ${REJECTION_REASONS.join(', ')}` }).optional(),
    note: z.string().trim().max(500, 'Notes are at most 500 characters').optional(),
    /** The comment as the moderator saw it; if it has changed since, the decision is refused with 409. */
    expected: z.object({ status: z.enum(['pending', 'approved', 'rejected', 'spam']), reportCount: z.number().int().min(0) }).optional(),
  })
  .refine((d) => d.action !== 'reject' || d.reason, { message: 'Give a reason for rejecting', path: ['reason'] });

export type DecisionInput = z.infer<typeof decisionSchema>;
type CommentRow = typeof comments.$inferSelect;
export type CommentState = { id: number; status: CommentRow['status']; featured: boolean; reportCount: number; rejectionReason: string | null };

const stateOf = (c: CommentRow): CommentState => ({ id: c.id, status: c.status, featured: c.featured, reportCount: c.reportCount, rejectionReason: c.rejectionReason });

/** What the decision changes, or why it cannot apply to the comment as it is now. */
function transition(c: CommentRow, input: DecisionInput): Partial<CommentRow> | string {
  const now = new Date();
  switch (input.action) {
    case 'approve':
      if (c.status === 'approved' && c.reportCount === 0) return 'The comment is already approved.';
      return { status: 'approved', rejectionReason: null, decidedAt: now, reportCount: 0 };
    case 'reject':
      if (c.status === 'rejected') return 'The comment is already rejected.';
      return { status: 'rejected', rejectionReason: input.reason!, featured: false, decidedAt: now, reportCount: 0 };
    case 'spam':
      if (c.status === 'spam') return 'The comment is already marked as spam.';
      return { status: 'spam', rejectionReason: 'spam', featured: false, decidedAt: now, reportCount: 0 };
    case 'feature':
      if (c.status !== 'approved') return 'Only approved comments can be featured.';
      if (c.featured) return 'The comment is already featured.';
      return { featured: true };
    case 'unfeature':
      if (!c.featured) return 'The comment is not featured.';
      return { featured: false };
  }
}

/**
 * A moderator's decision on one comment, audited. The row is locked, so of two moderators deciding at once
 * one wins and the other gets 409 with the comment as it is now; counts move only when the comment enters
 * or leaves the approved set. Deciding answers the comment's open reports.
 */
export async function decideComment(actor: Actor, commentId: number, raw: unknown): Promise<CommentState> {
  assertCan(actor, 'comment:moderate');
  const input = parseOrThrow(decisionSchema, raw);
  const db = await getDb();
  const result = await db.transaction(async (t) => {
    await lockStoryOf(t, commentId);
    const [c] = await t.select().from(comments).where(eq(comments.id, commentId)).for('update');
    if (!c || c.status === 'deleted') throw notFound('Comment');
    if (input.expected && (input.expected.status !== c.status || input.expected.reportCount !== c.reportCount)) {
      throw new AppError('conflict', 'Another moderator has just decided this comment.', { current: stateOf(c) });
    }
    const change = transition(c, input);
    if (typeof change === 'string') throw new AppError('conflict', change, { current: stateOf(c) });

    const updated = await keepingCounts(t, c.rootId, async () => (await t.update(comments).set(change).where(eq(comments.id, commentId)).returning())[0]!);
    if (c.status !== 'approved' && updated.status === 'approved') await noteApprovedReply(t, updated);
    if (change.reportCount === 0 && c.reportCount > 0) {
      await t.update(commentReports).set({ resolvedAt: new Date() }).where(and(eq(commentReports.commentId, commentId), isNull(commentReports.resolvedAt)));
    }
    await recordAction(t, {
      actorId: actor.id,
      action: `comment.${input.action}`,
      targetType: 'comment',
      targetId: commentId,
      reason: [input.reason, input.note].filter(Boolean).join(': ') || null,
      before: stateOf(c),
      after: stateOf(updated),
    });
    return { state: stateOf(updated), articleId: c.articleId };
  });
  expireTags([cacheTags.comments(result.articleId), cacheTags.moderationQueues]);
  return result.state;
}
