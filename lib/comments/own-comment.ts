import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Tx } from '@/lib/db/client';
import { comments, wordLists } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { readSettings } from '@/lib/settings/read-settings';
import { postCommentSchema } from './post-comment';
import { judgeComment } from './rules';
import { EDIT_WINDOW_MS } from './comment-length';
import { keepingCounts, lockStoryOf } from './counts';

const editSchema = postCommentSchema.pick({ body: true });

async function ownComment(tx: Tx, actor: Actor, id: number, action: 'comment:edit' | 'comment:delete') {
  await lockStoryOf(tx, id);
  const [comment] = await tx.select().from(comments).where(eq(comments.id, id)).for('update');
  if (!comment || comment.status === 'deleted' || comment.status === 'rejected' || comment.status === 'spam') throw notFound('Comment');
  assertCan(actor, action, comment.authorId === actor.id);
  return comment;
}

/**
 * The author edits their comment within 15 minutes. The word and link rules apply again: a banned word is
 * refused, a suspect word sends it back to moderation.
 */
export async function editComment(actor: Actor, id: number, input: unknown) {
  const { body } = parseOrThrow(editSchema, input);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const comment = await ownComment(tx, actor, id, 'comment:edit');
    if (Date.now() - comment.createdAt.getTime() > EDIT_WINDOW_MS) throw new AppError('forbidden', 'Comments can be edited for 15 minutes after posting.');
    const words = await tx.select({ kind: wordLists.kind, word: wordLists.word }).from(wordLists);
    const verdict = judgeComment({
      body,
      mode: 'open',
      isFirstComment: false,
      banned: words.filter((w) => w.kind === 'banned').map((w) => w.word),
      suspect: words.filter((w) => w.kind === 'suspect').map((w) => w.word),
      settings: await readSettings(tx, ['holdFirstComments', 'maxLinksBeforeHold', 'autoCloseAfterDays']),
    });
    if (verdict.status === 'rejected') throw new AppError('invalid_input', 'That edit breaks the community guidelines.', { fields: { body: 'Contains a banned word' } });
    const status = comment.status === 'pending' || verdict.status === 'pending' ? 'pending' : 'approved';
    return keepingCounts(tx, comment.rootId, async () => {
      const [row] = await tx
        .update(comments)
        .set({ body, status, reasons: status === 'pending' ? [...new Set([...comment.reasons, ...verdict.reasons])] : [], editedAt: new Date() })
        .where(eq(comments.id, id))
        .returning();
      return row!;
    });
  });
  expireTags([cacheTags.comments(result.articleId), cacheTags.moderationQueues]);
  return { id: result.id, body: result.body, status: result.status, reasons: result.reasons, editedAt: result.editedAt!.toISOString() };
}

/**
 * The author deletes their comment. Its words are removed; one with replies stays in the thread as
 * "comment deleted" so the conversation under it survives.
 */
export async function deleteComment(actor: Actor, id: number): Promise<void> {
  const db = await getDb();
  const articleId = await db.transaction(async (tx) => {
    const comment = await ownComment(tx, actor, id, 'comment:delete');
    await keepingCounts(tx, comment.rootId, async () => {
      const [row] = await tx.update(comments).set({ status: 'deleted', body: '', deletedAt: new Date(), featured: false }).where(eq(comments.id, id)).returning();
      return row!;
    });
    return comment.articleId;
  });
  expireTags([cacheTags.comments(articleId), cacheTags.moderationQueues]);
}
