import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { articleAuthors, articles, authorProfiles, media, sections } from '@/lib/db/schema';
import { articleUrl, type ArticleCard } from './types';

/** Story cards: the one way lists of published stories are read, whatever the list. */

/** A story on the site. Pages are published too, but they stand apart: never in fronts, feeds, search or lists. */
export const published = and(eq(articles.status, 'published'), eq(articles.kind, 'story'))!;
export const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  dek: articles.dek,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  commentCount: articles.commentCount,
  claimStatus: articles.claimStatus,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  heroUrl: media.url,
  heroAlt: media.alt,
  heroWidth: media.width,
  heroHeight: media.height,
};
type CardRow = { [K in keyof typeof cardColumns]: (typeof cardColumns)[K]['_']['data'] | null };

export function cardsQuery(db: Db) {
  return db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.heroMediaId));
}

/** Bylines of the given stories, in byline order, by story id. */
export async function bylinesFor(db: Db, ids: number[]) {
  if (ids.length === 0) return new Map<number, { slug: string; name: string }[]>();
  const rows = await db
    .select({ articleId: articleAuthors.articleId, slug: authorProfiles.slug, name: authorProfiles.displayName })
    .from(articleAuthors)
    .innerJoin(authorProfiles, eq(authorProfiles.id, articleAuthors.authorId))
    .where(inArray(articleAuthors.articleId, ids))
    .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position));
  const map = new Map<number, { slug: string; name: string }[]>();
  for (const r of rows) map.set(r.articleId, [...(map.get(r.articleId) ?? []), { slug: r.slug, name: r.name }]);
  return map;
}

/** Turns rows from `cardsQuery` into cards, with their bylines, keeping the rows' order. */
export async function toCards(db: Db, rows: CardRow[]): Promise<ArticleCard[]> {
  const authors = await bylinesFor(db, rows.map((r) => r.id!));
  return rows.map((r) => ({
    id: r.id!,
    slug: r.slug!,
    url: articleUrl(r.sectionSlug!, r.slug!),
    headline: r.headline!,
    dek: r.dek!,
    section: { slug: r.sectionSlug!, name: r.sectionName! },
    publishedAt: iso(r.publishedAt)!,
    updatedAt: iso(r.updatedAt),
    commentCount: r.commentCount ?? 0,
    claimStatus: r.claimStatus,
    hero: r.heroUrl ? { url: r.heroUrl, alt: r.heroAlt ?? '', width: r.heroWidth ?? 1600, height: r.heroHeight ?? 900 } : null,
    authors: authors.get(r.id!) ?? [],
  }));
}

/** Cards for the given ids in the given order; ids that are not published are left out. */
export async function cardsByIds(ids: number[]): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  const rows = await cardsQuery(db).where(and(published, inArray(articles.id, ids)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return toCards(db, ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])));
}

export async function listLatest(limit: number, offset = 0, where?: SQL): Promise<ArticleCard[]> {
  const db = await getDb();
  const rows = await cardsQuery(db)
    .where(where ? and(published, where) : published)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset);
  return toCards(db, rows);
}

/** The newest stories for a feed: the whole site (null) or one section. */
export function listFeedItems(sectionId: number | null): Promise<ArticleCard[]> {
  return listLatest(30, 0, sectionId === null ? undefined : eq(articles.sectionId, sectionId));
}

export async function listMostCommented(limit: number, withinDays = 14): Promise<ArticleCard[]> {
  const db = await getDb();
  const since = new Date(Date.now() - withinDays * 86_400_000);
  const rows = await cardsQuery(db)
    .where(and(published, sql`${articles.publishedAt} > ${since.toISOString()}`))
    .orderBy(desc(articles.commentCount), desc(articles.publishedAt))
    .limit(limit);
  return toCards(db, rows);
}
