import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { articleAuthors, articles, authorProfiles } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { can, type Action } from '@/lib/auth/permissions';
import { AppError, notFound } from '@/lib/http/errors';

export type ArticleRow = typeof articles.$inferSelect;

/** The actor's author profile id: what bylines point at, and so what makes an article "theirs". */
export async function profileIdOf(db: Db | Tx, userId: number): Promise<number | null> {
  const [row] = await db.select({ id: authorProfiles.id }).from(authorProfiles).where(eq(authorProfiles.userId, userId));
  return row?.id ?? null;
}

async function isBylined(db: Db | Tx, articleId: number, profileId: number | null): Promise<boolean> {
  if (profileId === null) return false;
  const [row] = await db
    .select({ id: articleAuthors.articleId })
    .from(articleAuthors)
    .where(and(eq(articleAuthors.articleId, articleId), eq(articleAuthors.authorId, profileId)));
  return Boolean(row);
}

/**
 * Loads an article for `action` by `actor`, locking the row when inside a write. An author may act only on
 * articles that carry their byline; someone else's unpublished draft answers 404 (its existence is not
 * theirs to learn), someone else's public story 403. Pages (About, Contact…) are the editors' and admins':
 * every action on one asks for `page:manage`.
 */
export async function articleFor(db: Db | Tx, actor: Actor, id: number, action: Action, lock = false): Promise<ArticleRow> {
  if (!can(actor.role, 'article:read-draft', true)) throw new AppError('forbidden', 'The newsroom is for the publication’s staff.');
  const query = db.select().from(articles).where(eq(articles.id, id));
  const [article] = lock ? await query.for('update') : await query;
  if (!article) throw notFound('Article');
  if (article.kind === 'page') {
    if (!can(actor.role, 'page:manage') && article.status !== 'published') throw notFound('Article');
    assertCan(actor, 'page:manage');
    return article;
  }
  const owned = await isBylined(db, id, await profileIdOf(db, actor.id));
  if (!can(actor.role, 'article:read-draft', owned) && article.status !== 'published') throw notFound('Article');
  assertCan(actor, action, owned);
  return article;
}
