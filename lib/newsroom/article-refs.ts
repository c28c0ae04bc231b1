import 'server-only';
import { and, eq, inArray, like, ne } from 'drizzle-orm';
import type { Tx } from '@/lib/db/client';
import { articleAuthors, articles, articleTags, authorProfiles, media, sections, slugRedirects, tags } from '@/lib/db/schema';
import { can } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/actor';
import type { ArticleKind } from '@/lib/db/schema/enums';
import { firstFreeSlug, RESERVED_SLUGS, slugify } from '@/lib/articles/slug';
import { AppError } from '@/lib/http/errors';

/** The rows an article's fields point at, looked up and checked inside the saving transaction. */

const invalid = (field: string, message: string) => new AppError('invalid_input', message, { fields: { [field]: message } });

export async function sectionIdFor(tx: Tx, slug: string): Promise<{ id: number; commentMode: (typeof sections.$inferSelect)['commentMode'] }> {
  const [row] = await tx.select({ id: sections.id, commentMode: sections.commentMode }).from(sections).where(eq(sections.slug, slug));
  if (!row) throw invalid('section', `There is no section “${slug}”.`);
  return row;
}

/**
 * Author profile ids for the bylines, in order. Someone who may edit only their own stories cannot take
 * themselves off one: the story would leave their hands.
 */
export async function bylineIds(tx: Tx, actor: Actor, slugs: string[], ownProfileId: number | null): Promise<number[]> {
  const unique = [...new Set(slugs)];
  const rows = await tx.select({ id: authorProfiles.id, slug: authorProfiles.slug }).from(authorProfiles).where(inArray(authorProfiles.slug, unique));
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const missing = unique.find((s) => !bySlug.has(s));
  if (missing) throw invalid('authors', `There is no author “${missing}”.`);
  const ids = unique.map((s) => bySlug.get(s)!);
  if (!can(actor.role, 'article:edit') && (ownProfileId === null || !ids.includes(ownProfileId))) {
    throw new AppError('forbidden', 'You cannot take yourself off the byline of your own story.', { fields: { authors: 'Keep yourself on the byline' } });
  }
  return ids;
}

export async function writeBylines(tx: Tx, articleId: number, authorIds: number[], publishedAt: Date | null): Promise<void> {
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  await tx.insert(articleAuthors).values(authorIds.map((authorId, position) => ({ articleId, authorId, position, publishedAt })));
}

/** Tags by name; a name nobody used before becomes a new tag. */
export async function writeTags(tx: Tx, articleId: number, names: string[], publishedAt: Date | null): Promise<void> {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name, 60);
    if (slug && !wanted.has(slug)) wanted.set(slug, name.trim());
  }
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  if (wanted.size === 0) return;
  await tx
    .insert(tags)
    .values([...wanted].map(([slug, name]) => ({ slug, name })))
    .onConflictDoNothing({ target: tags.slug });
  const rows = await tx.select({ id: tags.id }).from(tags).where(inArray(tags.slug, [...wanted.keys()]));
  await tx.insert(articleTags).values(rows.map((t) => ({ articleId, tagId: t.id, publishedAt })));
}

/** Keeps the bylines' and tags' copy of the publication time in step with the article's status. */
export async function mirrorPublication(tx: Tx, articleId: number, publishedAt: Date | null): Promise<void> {
  await tx.update(articleAuthors).set({ publishedAt }).where(eq(articleAuthors.articleId, articleId));
  await tx.update(articleTags).set({ publishedAt }).where(eq(articleTags.articleId, articleId));
}

export async function heroIdFor(tx: Tx, id: number | null): Promise<number | null> {
  if (id === null) return null;
  const [row] = await tx.select({ id: media.id }).from(media).where(eq(media.id, id));
  if (!row) throw invalid('heroMediaId', 'That image does not exist; upload it again.');
  return row.id;
}

/**
 * The first free variant of `base`. Article slugs are unique across stories and pages; a page lives at the top
 * level (`/about`), so it may not take a section's slug either.
 */
async function freeSlugLike(tx: Tx, base: string, selfId: number | null, kind: ArticleKind): Promise<string> {
  const like_ = `${base}%`; // slugs hold no LIKE wildcards
  const [articleRows, sectionRows] = await Promise.all([
    tx.select({ slug: articles.slug }).from(articles).where(and(like(articles.slug, like_), selfId ? ne(articles.id, selfId) : undefined)),
    kind === 'page' ? tx.select({ slug: sections.slug }).from(sections).where(like(sections.slug, like_)) : Promise.resolve([]),
  ]);
  const taken = new Set([...articleRows, ...sectionRows].map((r) => r.slug));
  return firstFreeSlug(base, (slug) => taken.has(slug) || RESERVED_SLUGS.has(slug));
}

/**
 * The slug to store. Typed slugs are normalised ("Café Prices!" → "cafe-prices"); one another story (or, for a
 * page, a section) has is a 409 with a free suggestion. An empty slug follows the headline and quietly takes
 * the next free variant.
 */
export async function resolveSlug(tx: Tx, requested: string, headline: string, selfId: number | null, kind: ArticleKind): Promise<string> {
  if (requested.trim() === '') return freeSlugLike(tx, slugify(headline) || kind, selfId, kind);
  const slug = slugify(requested);
  if (!slug) throw invalid('slug', 'Use letters or numbers in the address.');
  if (RESERVED_SLUGS.has(slug)) throw invalid('slug', `“${slug}” is reserved for the site’s own pages.`);
  const free = await freeSlugLike(tx, slug, selfId, kind);
  if (free !== slug) {
    throw new AppError('conflict', `Another story or page already uses “${slug}”.`, { fields: { slug: `Taken; try “${free}”` }, current: { suggestion: free } });
  }
  return slug;
}

/** A published story's old address keeps answering, with a 301 to the new one. */
export async function redirectOldSlug(tx: Tx, articleId: number, oldSlug: string, newSlug: string): Promise<void> {
  if (oldSlug === newSlug) return;
  await tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, newSlug));
  await tx
    .insert(slugRedirects)
    .values({ oldSlug, articleId })
    .onConflictDoUpdate({ target: slugRedirects.oldSlug, set: { articleId, createdAt: new Date() } });
}
