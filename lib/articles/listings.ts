import 'server-only';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { articleAuthors, articles, articleTags, authorProfiles, sectionRedirects, sections, tagRedirects, tags } from '@/lib/db/schema';
import { PAGE_SIZE, pageCountOf, type Paged } from '@/lib/http/pagination';
import { cardsByIds, listLatest, listMostCommented, published } from './cards';
import { articleUrl, type ArticleCard } from './types';

/** The lists pages show: the front, sections, tags, authors, the sitemap. */

export type SectionRef = { id: number; slug: string; name: string; description: string; hidden: boolean };

const sectionColumns = { id: sections.id, slug: sections.slug, name: sections.name, description: sections.description, hidden: sections.hidden };

/** Every section in the newsroom's order; `hidden` ones stay out of the navigation only. */
export async function listSections(): Promise<SectionRef[]> {
  const db = await getDb();
  return db
    .select(sectionColumns)
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.id));
}

/** The current slug of a section that used to be at `slug`, or null. */
export async function readSectionRedirect(slug: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ slug: sections.slug })
    .from(sectionRedirects)
    .innerJoin(sections, eq(sections.id, sectionRedirects.sectionId))
    .where(eq(sectionRedirects.oldSlug, slug));
  return row?.slug ?? null;
}

export type FrontPage = {
  lead: ArticleCard | null;
  top: ArticleCard[];
  latest: ArticleCard[];
  mostCommented: ArticleCard[];
  rails: { section: SectionRef; cards: ArticleCard[] }[];
};

/** The front: the newest story leads, the next four are top stories, then latest, a rail per section, most commented. */
export async function readFrontPage(): Promise<FrontPage> {
  const [head, sectionList, mostCommented] = await Promise.all([listLatest(15), listSections(), listMostCommented(5)]);
  const rails = await Promise.all(
    sectionList.map(async (section) => ({ section, cards: await listLatest(4, 0, eq(articles.sectionId, section.id)) })),
  );
  return {
    lead: head[0] ?? null,
    top: head.slice(1, 5),
    latest: head.slice(5, 15),
    mostCommented,
    rails: rails.filter((r) => r.cards.length > 0),
  };
}

async function pageOf(
  total: number,
  page: number,
  read: (limit: number, offset: number) => Promise<ArticleCard[]>,
): Promise<Paged<ArticleCard>> {
  const pageCount = pageCountOf(total);
  const items = page <= pageCount ? await read(PAGE_SIZE, (page - 1) * PAGE_SIZE) : [];
  return { items, page, pageCount, total };
}

export async function readSectionPage(slug: string, page: number) {
  const db = await getDb();
  const [section] = await db
    .select(sectionColumns)
    .from(sections)
    .where(eq(sections.slug, slug));
  if (!section) return null;
  const [{ n } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(articles)
    .where(and(published, eq(articles.sectionId, section.id)));
  const articlesPage = await pageOf(n, page, (limit, offset) => listLatest(limit, offset, eq(articles.sectionId, section.id)));
  return { section, articles: articlesPage };
}

/** Stories listed through a join table (tags, bylines) by its mirrored `published_at`, newest first. */
async function listThrough(
  db: Db,
  join: typeof articleTags | typeof articleAuthors,
  where: SQL,
  limit: number,
  offset: number,
): Promise<ArticleCard[]> {
  const ids = await db
    .select({ id: join.articleId })
    .from(join)
    .where(and(where, sql`${join.publishedAt} is not null`))
    .orderBy(desc(join.publishedAt), desc(join.articleId))
    .limit(limit)
    .offset(offset);
  return cardsByIds(ids.map((r) => r.id));
}

export async function readTagPage(slug: string, page: number) {
  const db = await getDb();
  const [tag] = await db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug));
  if (!tag) return null;
  const [{ n } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(articleTags)
    .where(and(eq(articleTags.tagId, tag.id), sql`${articleTags.publishedAt} is not null`));
  const articlesPage = await pageOf(n, page, (limit, offset) => listThrough(db, articleTags, eq(articleTags.tagId, tag.id), limit, offset));
  return { tag, articles: articlesPage };
}

/** The tag that took over `slug` (renamed, or merged into it), for the old address's redirect. */
export async function readTagRedirect(slug: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ slug: tags.slug }).from(tagRedirects).innerJoin(tags, eq(tags.id, tagRedirects.tagId)).where(eq(tagRedirects.oldSlug, slug));
  return row?.slug ?? null;
}

export type AuthorProfile = {
  id: number;
  slug: string;
  name: string;
  title: string;
  shortBio: string;
  longBio: string;
  avatarUrl: string | null;
  links: { label: string; url: string }[];
  articleCount: number;
};

export async function readAuthorProfile(slug: string): Promise<AuthorProfile | null> {
  const db = await getDb();
  const [author] = await db
    .select({
      id: authorProfiles.id,
      slug: authorProfiles.slug,
      name: authorProfiles.displayName,
      title: authorProfiles.title,
      shortBio: authorProfiles.shortBio,
      longBio: authorProfiles.longBio,
      avatarUrl: authorProfiles.avatarUrl,
      links: authorProfiles.links,
    })
    .from(authorProfiles)
    .where(eq(authorProfiles.slug, slug));
  if (!author) return null;
  const [{ n } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(articleAuthors)
    .where(and(eq(articleAuthors.authorId, author.id), sql`${articleAuthors.publishedAt} is not null`));
  return { ...author, articleCount: n };
}

export async function readAuthorPage(slug: string, page: number) {
  const author = await readAuthorProfile(slug);
  if (!author) return null;
  const db = await getDb();
  const articlesPage = await pageOf(author.articleCount, page, (limit, offset) =>
    listThrough(db, articleAuthors, eq(articleAuthors.authorId, author.id), limit, offset),
  );
  return { author, articles: articlesPage };
}

export async function listAuthorArticles(authorId: number, limit: number): Promise<ArticleCard[]> {
  return listThrough(await getDb(), articleAuthors, eq(articleAuthors.authorId, authorId), limit, 0);
}

/** Bio boxes for bylines, in the order given. */
export async function readBylines(slugs: string[]): Promise<AuthorProfile[]> {
  const profiles = await Promise.all(slugs.map(readAuthorProfile));
  return profiles.filter((p): p is AuthorProfile => p !== null);
}

/** A sitemap holds at most this many addresses (the sitemaps.org limit); more stories make more sitemaps. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * The stories' sitemaps: how many (stories in id order, `size` to a sitemap, so a story stays in its sitemap
 * as others are added) and the last change in each, for the sitemap index.
 */
export async function listSitemapChunks(size = SITEMAP_MAX_URLS): Promise<{ chunk: number; lastModified: string }[]> {
  const db = await getDb();
  const ranked = db
    .select({
      chunk: sql<number>`((row_number() over (order by ${articles.id}) - 1) / ${size} + 1)::int`.as('chunk'),
      changed: sql<Date>`coalesce(${articles.editedAt}, ${articles.publishedAt})`.as('changed'),
    })
    .from(articles)
    .where(published)
    .as('ranked');
  const rows = await db
    .select({ chunk: ranked.chunk, lastModified: sql<string>`max(${ranked.changed})` })
    .from(ranked)
    .groupBy(ranked.chunk)
    .orderBy(ranked.chunk);
  return rows.map((r) => ({ chunk: Number(r.chunk), lastModified: new Date(r.lastModified).toISOString() }));
}

/** The stories of sitemap `chunk` (1, 2…): their addresses and last changes. */
export async function listSitemapStories(chunk: number, size = SITEMAP_MAX_URLS) {
  const db = await getDb();
  const rows = await db
    .select({ slug: articles.slug, sectionSlug: sections.slug, publishedAt: articles.publishedAt, editedAt: articles.editedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(published)
    .orderBy(asc(articles.id))
    .offset((chunk - 1) * size)
    .limit(size);
  return rows.map((r) => ({ url: articleUrl(r.sectionSlug, r.slug), lastModified: (r.editedAt ?? r.publishedAt)!.toISOString() }));
}

/** Google News: stories published in the last two days (at most 1,000, its limit), newest first. */
export async function listNewsSitemap(now = new Date()) {
  const db = await getDb();
  const since = new Date(now.getTime() - 48 * 3600_000);
  const rows = await db
    .select({ slug: articles.slug, sectionSlug: sections.slug, headline: articles.headline, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(published, sql`${articles.publishedAt} >= ${since}`))
    .orderBy(desc(articles.publishedAt))
    .limit(1000);
  return rows.map((r) => ({ url: articleUrl(r.sectionSlug, r.slug), headline: r.headline, publishedAt: r.publishedAt!.toISOString() }));
}

