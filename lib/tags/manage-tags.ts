import 'server-only';
import { and, asc, count, eq, ilike, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Db, type Tx } from '@/lib/db/client';
import { containsPattern } from '@/lib/db/contains-pattern';
import { articles, articleTags, tagRedirects, tags } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { SLUG_PATTERN, slugify } from '@/lib/articles/slug';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError, notFound } from '@/lib/http/errors';
import { pageNumberSchema } from '@/lib/http/pagination';
import { parseOrThrow } from '@/lib/validation/parse';
import { recordAction } from '@/lib/moderation/audit';

export type NewsroomTag = { id: number; slug: string; name: string; storyCount: number; publishedCount: number };

const TAGS_PER_PAGE = 50;

export const listTagsQuerySchema = z.object({ q: z.string().trim().max(60).default(''), page: pageNumberSchema.default(1) });
export const renameTagSchema = z.object({
  name: z.string().trim().min(1, 'Name the tag').max(60, 'Tag names are at most 60 characters'),
  /** Follows the name unless given. */
  slug: z.string().trim().toLowerCase().max(60).optional(),
}).strict();
export const mergeTagSchema = z.object({ into: z.string().trim().min(1, 'Choose the tag to merge into').max(60) }).strict();

/** Tags with how many stories carry each (all states) and how many of those are published. */
function tagsWithCounts(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tags.name,
      storyCount: sql<number>`count(${articleTags.articleId})::int`,
      publishedCount: sql<number>`count(${articleTags.publishedAt})::int`,
    })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .where(where)
    .groupBy(tags.id);
}

/** Tags by name with their story counts, searched and paged. */
export async function listTags(actor: Actor, raw: unknown): Promise<{ tags: NewsroomTag[]; page: number; pageCount: number; total: number }> {
  assertCan(actor, 'tag:manage');
  const { q, page } = parseOrThrow(listTagsQuerySchema, raw);
  const db = await getDb();
  const where = q ? ilike(tags.name, containsPattern(q)) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(tags).where(where);
  const rows = await tagsWithCounts(db, where)
    .orderBy(asc(tags.name), asc(tags.id))
    .limit(TAGS_PER_PAGE)
    .offset((page - 1) * TAGS_PER_PAGE);
  return { tags: rows, page, pageCount: Math.max(1, Math.ceil(total / TAGS_PER_PAGE)), total };
}

async function tagById(id: number): Promise<NewsroomTag> {
  const [row] = await tagsWithCounts(await getDb(), eq(tags.id, id));
  if (!row) throw notFound('Tag');
  return row;
}

async function lockTag(tx: Tx, slug: string) {
  const [tag] = await tx.select().from(tags).where(eq(tags.slug, slug)).for('update');
  if (!tag) throw notFound('Tag');
  return tag;
}

/** The published stories a tag is on: their pages list the tag by name. */
async function taggedStorySlugs(tx: Tx, tagId: number): Promise<string[]> {
  const rows = await tx
    .select({ slug: articles.slug })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tagId), isNotNull(articleTags.publishedAt)));
  return rows.map((r) => r.slug);
}

/** Old addresses of `fromId` (and `fromSlug` itself) now lead to `toId`. */
async function redirectTag(tx: Tx, fromSlug: string, fromId: number, toId: number): Promise<void> {
  await tx.update(tagRedirects).set({ tagId: toId }).where(eq(tagRedirects.tagId, fromId));
  await tx
    .insert(tagRedirects)
    .values({ oldSlug: fromSlug, tagId: toId })
    .onConflictDoUpdate({ target: tagRedirects.oldSlug, set: { tagId: toId, createdAt: new Date() } });
}

function expireTagPages(tagSlugs: string[], storySlugs: string[]): void {
  expireTags([...tagSlugs.map(cacheTags.tag), ...storySlugs.map(cacheTags.article), cacheTags.sitemap]);
}

/** Renames a tag; a new address keeps the old one answering with a permanent redirect. */
export async function renameTag(actor: Actor, slug: string, raw: unknown): Promise<NewsroomTag> {
  assertCan(actor, 'tag:manage');
  const input = parseOrThrow(renameTagSchema, raw);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const tag = await lockTag(tx, slug);
    const nextSlug = input.slug ?? (slugify(input.name, 60) || tag.slug);
    if (!SLUG_PATTERN.test(nextSlug)) throw new AppError('invalid_input', 'Use lower-case letters, digits and single hyphens.', { fields: { slug: 'Use lower-case letters, digits and single hyphens' } });
    if (nextSlug !== tag.slug) {
      const [other] = await tx.select({ id: tags.id }).from(tags).where(and(eq(tags.slug, nextSlug), ne(tags.id, tag.id)));
      if (other) throw new AppError('conflict', `Another tag already uses “${nextSlug}”: merge the two instead.`, { fields: { slug: 'Taken by another tag' } });
      await tx.delete(tagRedirects).where(eq(tagRedirects.oldSlug, nextSlug));
      await redirectTag(tx, tag.slug, tag.id, tag.id);
    }
    await tx.update(tags).set({ name: input.name, slug: nextSlug }).where(eq(tags.id, tag.id));
    await recordAction(tx, { actorId: actor.id, action: 'tag.rename', targetType: 'tag', targetId: tag.id, before: { slug: tag.slug, name: tag.name }, after: { slug: nextSlug, name: input.name } });
    return { tag: { ...tag, slug: nextSlug, name: input.name }, oldSlug: tag.slug, stories: await taggedStorySlugs(tx, tag.id) };
  });
  expireTagPages([result.oldSlug, result.tag.slug], result.stories);
  return tagById(result.tag.id);
}

/**
 * Moves every story of one tag onto another and deletes the first; its address redirects to the one kept.
 * "Covid" into "Covid-19", say: one tag page instead of two half-lists.
 */
export async function mergeTag(actor: Actor, slug: string, raw: unknown): Promise<NewsroomTag> {
  assertCan(actor, 'tag:manage');
  const { into } = parseOrThrow(mergeTagSchema, raw);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const source = await lockTag(tx, slug);
    const [target] = await tx.select().from(tags).where(eq(tags.slug, into)).for('update');
    if (!target) throw new AppError('invalid_input', `There is no tag “${into}”.`, { fields: { into: 'Unknown tag' } });
    if (target.id === source.id) throw new AppError('invalid_input', 'Choose another tag to merge into.', { fields: { into: 'Choose another tag' } });
    const stories = await taggedStorySlugs(tx, source.id);
    const moved = await tx.select({ articleId: articleTags.articleId, publishedAt: articleTags.publishedAt }).from(articleTags).where(eq(articleTags.tagId, source.id));
    if (moved.length > 0) await tx.insert(articleTags).values(moved.map((m) => ({ ...m, tagId: target.id }))).onConflictDoNothing();
    await redirectTag(tx, source.slug, source.id, target.id);
    await tx.delete(tags).where(eq(tags.id, source.id));
    await recordAction(tx, { actorId: actor.id, action: 'tag.merge', targetType: 'tag', targetId: source.id, before: { slug: source.slug, name: source.name, stories: moved.length }, after: { into: target.slug } });
    return { target, stories };
  });
  expireTagPages([slug, result.target.slug], result.stories);
  return tagById(result.target.id);
}

/** Takes a tag off every story and deletes it; its page is gone (404). */
export async function deleteTag(actor: Actor, slug: string): Promise<void> {
  assertCan(actor, 'tag:manage');
  const db = await getDb();
  const stories = await db.transaction(async (tx) => {
    const tag = await lockTag(tx, slug);
    const storySlugs = await taggedStorySlugs(tx, tag.id);
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(articleTags).where(eq(articleTags.tagId, tag.id));
    await tx.delete(tags).where(eq(tags.id, tag.id));
    await recordAction(tx, { actorId: actor.id, action: 'tag.delete', targetType: 'tag', targetId: tag.id, before: { slug: tag.slug, name: tag.name, stories: n } });
    return storySlugs;
  });
  expireTagPages([slug], stories);
}
