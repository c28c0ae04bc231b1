import 'server-only';
import { and, asc, eq, lte } from 'drizzle-orm';
import { getDb, type Tx } from '@/lib/db/client';
import { articles } from '@/lib/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { articleFor, type ArticleRow } from './article-access';
import { hasText, publicationSchema } from './article-input';
import { mirrorPublication } from './article-refs';
import { readEditorArticle, type EditorArticle } from './editor-article';
import { expireFootprints, readFootprint } from './footprint';
import { recordRevision } from './save-article';

/** A story can be scheduled up to a year ahead, and no earlier than a few seconds from now. */
const MAX_SCHEDULE_MS = 366 * 86_400_000;

/**
 * Puts a story on the site inside `tx`. A story published before keeps its first publication time (a story
 * pulled for a fix and put back is not news again); the revision records the version readers now see.
 */
async function putLive(tx: Tx, article: ArticleRow, at: Date, editorId: number | null): Promise<void> {
  const publishedAt = article.publishedAt ?? at;
  const [live] = await tx
    .update(articles)
    .set({ status: 'published', publishedAt, scheduledFor: null, version: article.version + 1, editedAt: new Date(), editedBy: editorId ?? article.editedBy })
    .where(eq(articles.id, article.id))
    .returning();
  await mirrorPublication(tx, article.id, publishedAt);
  await recordRevision(tx, live!, editorId ?? article.editedBy, editorId === null ? 'Published on schedule' : 'Published');
}

/**
 * Publish now, schedule, unpublish (back to draft) or archive (off the site, kept for the record). Authors
 * do this for their own stories, editors and admins for any. Every page that shows the story expires at once.
 */
export async function changePublication(actor: Actor, id: number, raw: unknown): Promise<EditorArticle> {
  const input = parseOrThrow(publicationSchema, raw);
  const db = await getDb();
  const footprint = await db.transaction(async (tx) => {
    const article = await articleFor(tx, actor, id, 'article:publish', true);
    const wasLive = article.status === 'published';
    const now = new Date();
    switch (input.action) {
      case 'publish':
        if (wasLive) return null;
        if (!hasText(article.body)) throw new AppError('invalid_input', 'Write the story before publishing it.', { fields: { body: 'The story is empty' } });
        await putLive(tx, article, now, actor.id);
        break;
      case 'schedule': {
        const at = new Date(input.at);
        if (wasLive) throw new AppError('conflict', 'This story is already published.', { current: { status: article.status } });
        if (!hasText(article.body)) throw new AppError('invalid_input', 'Write the story before scheduling it.', { fields: { body: 'The story is empty' } });
        if (at.getTime() < now.getTime() + 5_000) throw new AppError('invalid_input', 'Choose a time in the future.', { fields: { at: 'Choose a time in the future' } });
        if (at.getTime() > now.getTime() + MAX_SCHEDULE_MS) throw new AppError('invalid_input', 'Schedule at most a year ahead.', { fields: { at: 'At most a year ahead' } });
        await tx.update(articles).set({ status: 'scheduled', scheduledFor: at, version: article.version + 1, editedAt: now, editedBy: actor.id }).where(eq(articles.id, id));
        break;
      }
      case 'unpublish':
      case 'archive': {
        const status = input.action === 'archive' ? 'archived' : 'draft';
        await tx.update(articles).set({ status, scheduledFor: null, version: article.version + 1, editedAt: now, editedBy: actor.id }).where(eq(articles.id, id));
        await mirrorPublication(tx, id, null);
        break;
      }
    }
    return wasLive || input.action === 'publish' ? readFootprint(tx, id) : null;
  });
  if (footprint) expireFootprints(footprint);
  return readEditorArticle(db, id);
}

/**
 * Publishes every scheduled story whose time has come. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several server processes running this at once never publish a story twice. Returns the ids published.
 */
export async function publishDue(now = new Date()): Promise<number[]> {
  const db = await getDb();
  const published = await db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(articles)
      .where(and(eq(articles.status, 'scheduled'), lte(articles.scheduledFor, now)))
      .orderBy(asc(articles.scheduledFor))
      .limit(20)
      .for('update', { skipLocked: true });
    const footprints = [];
    for (const article of due) {
      await putLive(tx, article, article.scheduledFor ?? now, null);
      footprints.push(await readFootprint(tx, article.id));
    }
    return footprints;
  });
  if (published.length > 0) expireFootprints(...published);
  return published.map((f) => f.id);
}
