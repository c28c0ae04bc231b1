import 'server-only';
import { and, desc, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { articles, liveEntries, users } from '@/lib/db/schema';
import { idParamSchema } from '@/lib/db/ids';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { cachedRead } from '@/lib/cache/cached';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import type { BodyDocument } from '@/lib/articles/document';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { recordAction } from '@/lib/moderation/audit';
import { articleBodySchema, hasText } from '@/lib/newsroom/article-input';
import { articleFor } from '@/lib/newsroom/article-access';

/**
 * Live coverage: a story becomes a live blog when its writers start it, and takes timestamped entries (an
 * optional headline, body blocks, a "key event" pin) until they end it; then it is an ordinary story with its
 * entries kept. Readers' pages ask for entries newer than the newest they have (/api/articles/SLUG/live), an
 * answer expired on every instance the moment an entry is posted, corrected or deleted.
 */

export type LiveEntry = { id: number; headline: string; body: BodyDocument; keyEvent: boolean; author: string | null; createdAt: string; updatedAt: string | null };
export type LiveState = { startedAt: string; endedAt: string | null };

const entrySchema = z
  .object({
    headline: z
      .string()
      .trim()
      .max(200, 'Keep the headline under 200 characters')
      .refine((v) => !/[\r\n]/.test(v), 'One line only')
      .default(''),
    body: articleBodySchema,
    keyEvent: z.boolean().default(false),
  })
  .strict();
const liveActionSchema = z.object({ action: z.enum(['start', 'end'], 'Start or end') }).strict();
const afterSchema = z.object({ after: idParamSchema('Not an entry id').optional() });

const MAX_ENTRIES = 500;
/** An entry as pages show it: with its author's name (from a left join on users). */
const entryColumns = { id: liveEntries.id, headline: liveEntries.headline, body: liveEntries.body, keyEvent: liveEntries.keyEvent, author: users.name, createdAt: liveEntries.createdAt, updatedAt: liveEntries.updatedAt };

function toEntry(row: { id: number; headline: string; body: BodyDocument; keyEvent: boolean; author: string | null; createdAt: Date; updatedAt: Date | null }): LiveEntry {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt?.toISOString() ?? null };
}

/** A published live blog's entries, newest first (only those after `afterId` when given); null for anything else. */
async function readLiveBlog(slug: string, afterId: number | null): Promise<{ live: LiveState; entries: LiveEntry[] } | null> {
  const db = await getDb();
  const [story] = await db
    .select({ id: articles.id, startedAt: articles.liveStartedAt, endedAt: articles.liveEndedAt })
    .from(articles)
    .where(and(eq(articles.slug, slug), eq(articles.status, 'published'), eq(articles.kind, 'story')));
  if (!story?.startedAt) return null;
  const rows = await db
    .select(entryColumns)
    .from(liveEntries)
    .leftJoin(users, eq(users.id, liveEntries.authorId))
    .where(and(eq(liveEntries.articleId, story.id), afterId ? gt(liveEntries.id, afterId) : undefined))
    .orderBy(desc(liveEntries.id))
    .limit(MAX_ENTRIES);
  return { live: { startedAt: story.startedAt.toISOString(), endedAt: story.endedAt?.toISOString() ?? null }, entries: rows.map(toEntry) };
}

export const getLiveBlog = cachedRead('live-blog', readLiveBlog, (slug) => [cacheTags.article(slug)], 3600);

/** For GET /api/articles/SLUG/live?after=ID. */
export async function liveUpdates(slug: string, query: unknown) {
  const { after } = parseOrThrow(afterSchema, query);
  const blog = await getLiveBlog(slug, after ?? null);
  if (!blog) throw notFound('Live blog');
  return blog;
}

const notLive = () => new AppError('conflict', 'Start live coverage on this story first.');

/** Starts (or restarts) or ends live coverage; audited. Ending keeps the entries: it is an ordinary story again. */
export async function setLiveCoverage(actor: Actor, articleId: number, raw: unknown): Promise<LiveState | null> {
  const { action } = parseOrThrow(liveActionSchema, raw);
  const db = await getDb();
  const updated = await db.transaction(async (tx) => {
    const article = await articleFor(tx, actor, articleId, 'article:edit', true);
    if (article.kind !== 'story') throw new AppError('invalid_input', 'Only a story can be a live blog.');
    const now = new Date();
    const set = action === 'start' ? { liveStartedAt: article.liveStartedAt ?? now, liveEndedAt: null } : { liveEndedAt: article.liveStartedAt ? now : null };
    const [row] = await tx.update(articles).set(set).where(eq(articles.id, articleId)).returning();
    await recordAction(tx, { actorId: actor.id, action: `article.live_${action}`, targetType: 'article', targetId: articleId });
    return row!;
  });
  expireTags([cacheTags.article(updated.slug)]);
  return updated.liveStartedAt ? { startedAt: updated.liveStartedAt.toISOString(), endedAt: updated.liveEndedAt?.toISOString() ?? null } : null;
}

/** A new entry, by anyone who may edit the story, while it is live. */
export async function postLiveEntry(actor: Actor, articleId: number, raw: unknown): Promise<LiveEntry> {
  const input = parseOrThrow(entrySchema, raw);
  if (!hasText(input.body)) throw new AppError('invalid_input', 'Write the entry first.', { fields: { body: 'Write something' } });
  const db = await getDb();
  const { entry, slug } = await db.transaction(async (tx) => {
    const article = await articleFor(tx, actor, articleId, 'article:edit');
    if (!article.liveStartedAt || article.liveEndedAt) throw notLive();
    const [row] = await tx.insert(liveEntries).values({ articleId, authorId: actor.id, headline: input.headline, body: input.body, keyEvent: input.keyEvent }).returning();
    return { entry: row!, slug: article.slug };
  });
  expireTags([cacheTags.article(slug)]);
  return toEntry({ ...entry, author: actor.name });
}

async function entryFor(actor: Actor, entryId: number) {
  assertCan(actor, 'article:correct');
  const db = await getDb();
  const [row] = await db.select({ entry: liveEntries, slug: articles.slug }).from(liveEntries).innerJoin(articles, eq(articles.id, liveEntries.articleId)).where(eq(liveEntries.id, entryId));
  if (!row) throw notFound('Entry');
  return row;
}

/** Corrects an entry (editors); audited with what it said before. */
export async function updateLiveEntry(actor: Actor, entryId: number, raw: unknown): Promise<LiveEntry> {
  const input = parseOrThrow(entrySchema.partial(), raw);
  if (input.body && !hasText(input.body)) throw new AppError('invalid_input', 'An entry cannot be empty.', { fields: { body: 'Write something' } });
  const { entry: before, slug } = await entryFor(actor, entryId);
  const db = await getDb();
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx.update(liveEntries).set({ ...input, updatedAt: new Date() }).where(eq(liveEntries.id, entryId)).returning();
    await recordAction(tx, { actorId: actor.id, action: 'article.live_entry_correct', targetType: 'article', targetId: before.articleId, before: { entry: entryId, headline: before.headline }, after: { headline: row!.headline } });
    return row!;
  });
  expireTags([cacheTags.article(slug)]);
  const [author] = updated.authorId ? await db.select({ name: users.name }).from(users).where(eq(users.id, updated.authorId)) : [];
  return toEntry({ ...updated, author: author?.name ?? null });
}

/** Deletes an entry (editors); audited. */
export async function deleteLiveEntry(actor: Actor, entryId: number): Promise<void> {
  const { entry, slug } = await entryFor(actor, entryId);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(liveEntries).where(eq(liveEntries.id, entryId));
    await recordAction(tx, { actorId: actor.id, action: 'article.live_entry_delete', targetType: 'article', targetId: entry.articleId, before: { entry: entryId, headline: entry.headline } });
  });
  expireTags([cacheTags.article(slug)]);
}

/** The newsroom's view: the story's live state and every entry (drafts included: staff only). */
export async function readLiveDesk(actor: Actor, articleId: number): Promise<{ live: LiveState | null; entries: LiveEntry[] }> {
  const db = await getDb();
  const article = await articleFor(db, actor, articleId, 'article:read-draft');
  const rows = await db
    .select(entryColumns)
    .from(liveEntries)
    .leftJoin(users, eq(users.id, liveEntries.authorId))
    .where(eq(liveEntries.articleId, articleId))
    .orderBy(desc(liveEntries.id))
    .limit(MAX_ENTRIES);
  const live = article.liveStartedAt ? { startedAt: article.liveStartedAt.toISOString(), endedAt: article.liveEndedAt?.toISOString() ?? null } : null;
  return { live, entries: rows.map(toEntry) };
}
