import 'server-only';
import { and, eq, gt, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/lib/db/client';
import { articles, comments } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError, notFound } from '@/lib/http/errors';
import { recordAction } from './audit';

export const SURGE_HOURS = 1;

type SurgeStory = { id: number; surgeUntil: Date | null; surgeClearedAt: Date | null };

/**
 * Surge protection, inside the posting transaction: when a story has had `perMinute` comments in the last
 * minute (0 = off), it premoderates itself for an hour and logs the switch. Comments from before a
 * moderator lifted the last surge do not count again. Returns whether it switched now.
 */
export async function switchOnSurge(tx: Tx, story: SurgeStory, perMinute: number): Promise<boolean> {
  const now = Date.now();
  if (perMinute <= 0 || (story.surgeUntil && story.surgeUntil.getTime() > now)) return false;
  const since = new Date(Math.max(now - 60_000, story.surgeClearedAt?.getTime() ?? 0));
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(comments)
    .where(and(eq(comments.articleId, story.id), gt(comments.createdAt, since)));
  if ((row?.n ?? 0) < perMinute) return false;
  const surgeUntil = new Date(now + SURGE_HOURS * 3_600_000);
  // Conditional, so of two posts tipping it at once only one switches and logs.
  const switched = await tx
    .update(articles)
    .set({ surgeUntil })
    .where(and(eq(articles.id, story.id), or(isNull(articles.surgeUntil), lte(articles.surgeUntil, new Date(now)))))
    .returning({ id: articles.id });
  if (switched.length === 0) return false;
  await recordAction(tx, {
    actorId: null,
    action: 'article.surge_on',
    targetType: 'article',
    targetId: story.id,
    reason: `${row!.n} comments in a minute (limit ${perMinute})`,
    before: { surgeUntil: story.surgeUntil },
    after: { surgeUntil },
  });
  return true;
}

/** A moderator lifts a story's surge premoderation early; audited. */
export async function liftSurge(actor: Actor, articleId: number): Promise<{ surgeUntil: null }> {
  assertCan(actor, 'comment:moderate');
  const db = await getDb();
  const slug = await db.transaction(async (tx) => {
    const [story] = await tx.select({ slug: articles.slug, surgeUntil: articles.surgeUntil }).from(articles).where(eq(articles.id, articleId)).for('update');
    if (!story) throw notFound('Article');
    if (!story.surgeUntil || story.surgeUntil.getTime() <= Date.now()) throw new AppError('conflict', 'This story is not in a surge.', { current: { surgeUntil: null } });
    await tx.update(articles).set({ surgeUntil: null, surgeClearedAt: new Date() }).where(and(eq(articles.id, articleId), isNotNull(articles.surgeUntil)));
    await recordAction(tx, { actorId: actor.id, action: 'article.surge_off', targetType: 'article', targetId: articleId, before: { surgeUntil: story.surgeUntil }, after: { surgeUntil: null } });
    return story.slug;
  });
  expireTags([cacheTags.article(slug), cacheTags.comments(articleId), cacheTags.moderationQueues]);
  return { surgeUntil: null };
}
