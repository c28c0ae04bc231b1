import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { articles, articleUpdates } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { articleUpdateSchema } from './article-input';
import { expireFootprints, readFootprint } from './footprint';

export type ArticleUpdateEntry = { id: number; kind: 'update' | 'correction'; body: string; createdAt: string };

/**
 * An editor's dated "Updated …" or "Correction: …" entry on a published story. It shows in the story's
 * timeline and JSON-LD and moves the story's "Updated" time, so readers and search engines see the change.
 */
export async function addArticleUpdate(actor: Actor, articleId: number, raw: unknown): Promise<ArticleUpdateEntry> {
  assertCan(actor, 'article:correct');
  const input = parseOrThrow(articleUpdateSchema, raw);
  const db = await getDb();
  const { entry, footprint } = await db.transaction(async (tx) => {
    const [article] = await tx.select({ status: articles.status }).from(articles).where(eq(articles.id, articleId)).for('update');
    if (!article) throw notFound('Article');
    if (article.status !== 'published') throw new AppError('conflict', 'Only a published story takes updates and corrections; edit the draft instead.', { current: { status: article.status } });
    const now = new Date();
    const [entry] = await tx.insert(articleUpdates).values({ articleId, kind: input.kind, body: input.body, authorId: actor.id, createdAt: now }).returning();
    await tx.update(articles).set({ updatedAt: now }).where(eq(articles.id, articleId));
    return { entry: entry!, footprint: await readFootprint(tx, articleId) };
  });
  expireFootprints(footprint);
  return { id: entry.id, kind: entry.kind, body: entry.body, createdAt: entry.createdAt.toISOString() };
}
