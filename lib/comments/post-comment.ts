import 'server-only';
import { and, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { articles, comments, sections, wordLists } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { switchOnSurge } from '@/lib/moderation/surge';
import { mailEnabled } from '@/lib/mail/mail-config';
import { noteApprovedReply } from '@/lib/notifications/record';
import { consume } from '@/lib/rate-limit/limiter';
import { readSettings } from '@/lib/settings/read-settings';
import { COMMENT_MAX, COMMENT_MIN, normalizeCommentBody } from './comment-length';
import { effectiveCommentMode } from './comment-mode';
import { HIDDEN_CHARACTERS, judgeComment } from './rules';
import { idSchema } from '@/lib/db/ids';
import { keepingCounts, lockStories } from './counts';

const DUPLICATE_WINDOW_MS = 10 * 60_000;

export const postCommentSchema = z.object({
  body: z
    .string({ error: 'Write a comment' })
    .transform(normalizeCommentBody)
    .pipe(
      z
        .string()
        .min(COMMENT_MIN, `Comments need at least ${COMMENT_MIN} characters`)
        .max(COMMENT_MAX, `Comments are at most ${COMMENT_MAX.toLocaleString('en-GB')} characters`)
        .refine((v) => !HIDDEN_CHARACTERS.test(v), 'The comment contains invisible or direction-changing characters'),
    ),
  parentId: idSchema('Not a comment id').optional(),
});

export type PostedComment = { id: number; parentId: number | null; body: string; status: 'approved' | 'pending' | 'rejected'; reasons: string[]; createdAt: string };

/**
 * Posts a comment or reply after the rules at the door: signed in and not banned, within the rate limits, on a
 * published story whose thread is open; then words, links, first comments and premoderation decide whether it
 * is approved, held or rejected (with its reasons stored). Counts change in the same transaction.
 */
export async function postComment(actor: Actor, slug: string, input: unknown, ip: string): Promise<PostedComment> {
  assertCan(actor, 'comment:create');
  const { body, parentId } = parseOrThrow(postCommentSchema, input);
  await consume('commentsPerUser', String(actor.id));
  await consume('commentsPerIp', ip);

  const db = await getDb();
  const posted = await db.transaction(async (tx) => {
    const [article] = await tx
      .select({
        id: articles.id,
        mode: articles.commentMode,
        sectionMode: sections.commentMode,
        publishedAt: articles.publishedAt,
        surgeUntil: articles.surgeUntil,
        surgeClearedAt: articles.surgeClearedAt,
      })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(eq(articles.slug, slug), eq(articles.status, 'published')));
    if (!article) throw notFound('Article');
    const rules = await readSettings(tx, ['holdFirstComments', 'maxLinksBeforeHold', 'autoCloseAfterDays', 'surgeCommentsPerMinute', 'unverifiedComments']);
    const mode = effectiveCommentMode({ ...article, autoCloseAfterDays: rules.autoCloseAfterDays });
    if (mode === 'closed') throw new AppError('forbidden', 'Comments are closed on this story.');
    // Only where the site can send the link that proves an address does an unproven one count against anyone.
    const unverified = actor.role === 'reader' && !actor.emailVerified && mailEnabled();
    if (unverified && rules.unverifiedComments === 'refuse') {
      throw new AppError('forbidden', 'Confirm your email address to comment: open the link we sent you (your account page sends it again).');
    }

    let parent: { id: number; rootId: number | null; depth: number } | undefined;
    if (parentId !== undefined) {
      [parent] = await tx
        .select({ id: comments.id, rootId: comments.rootId, depth: comments.depth })
        .from(comments)
        .where(and(eq(comments.id, parentId), eq(comments.articleId, article.id), eq(comments.status, 'approved')));
      if (!parent) throw new AppError('invalid_input', 'You can only reply to a comment on this story.', { fields: { parentId: 'No such comment on this story' } });
    }

    const [duplicate] = await tx
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.authorId, actor.id), eq(comments.body, body), gt(comments.createdAt, new Date(Date.now() - DUPLICATE_WINDOW_MS))))
      .limit(1);
    if (duplicate) throw new AppError('conflict', 'You posted the same comment a moment ago.', { fields: { body: 'Already posted' } });

    // The first-comment hold is for readers new to the community; the newsroom's own staff are known.
    const [approvedBefore] =
      actor.role === 'reader'
        ? await tx
            .select({ id: comments.id })
            .from(comments)
            .where(and(eq(comments.authorId, actor.id), eq(comments.status, 'approved')))
            .limit(1)
        : [{ id: 0 }];
    const words = await tx.select({ kind: wordLists.kind, word: wordLists.word }).from(wordLists);
    const verdict = judgeComment({
      body,
      mode,
      isFirstComment: !approvedBefore,
      unverifiedHeld: unverified && rules.unverifiedComments === 'hold',
      banned: words.filter((w) => w.kind === 'banned').map((w) => w.word),
      suspect: words.filter((w) => w.kind === 'suspect').map((w) => w.word),
      settings: rules,
    });

    await lockStories(tx, [article.id]);
    const rootId = parent ? (parent.rootId ?? parent.id) : null;
    const row = await keepingCounts(tx, rootId, async () => {
      const [made] = await tx
        .insert(comments)
        .values({
          articleId: article.id,
          parentId: parent?.id ?? null,
          rootId,
          depth: parent ? Math.min(parent.depth + 1, 100) : 0,
          authorId: actor.id,
          body,
          status: verdict.status,
          reasons: verdict.reasons,
          rejectionReason: verdict.status === 'rejected' ? 'banned_word' : null,
          decidedAt: verdict.status === 'pending' ? null : new Date(),
        })
        .returning({ id: comments.id, createdAt: comments.createdAt, articleId: comments.articleId, parentId: comments.parentId, rootId: comments.rootId });
      if (rootId !== null) return made!;
      await tx.update(comments).set({ rootId: made!.id }).where(eq(comments.id, made!.id));
      return { ...made!, rootId: made!.id };
    });
    if (verdict.status === 'approved') await noteApprovedReply(tx, { id: row.id, parentId: row.parentId, rootId, authorId: actor.id });
    const surged = await switchOnSurge(tx, article, rules.surgeCommentsPerMinute);
    return { articleId: article.id, id: row.id, createdAt: row.createdAt, verdict, surged };
  });

  // A surge changes the thread's mode, which the story's cached lookup carries.
  expireTags([cacheTags.comments(posted.articleId), cacheTags.moderationQueues, ...(posted.surged ? [cacheTags.article(slug)] : [])]);
  return {
    id: posted.id,
    parentId: parentId ?? null,
    body,
    status: posted.verdict.status,
    reasons: posted.verdict.reasons,
    createdAt: posted.createdAt.toISOString(),
  };
}
