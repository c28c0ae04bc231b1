import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb, queryRows, type Db } from '@/lib/db/client';
import { articleAuthors, articles, articleTags, articleUpdates, authorProfiles, media, sections, slugRedirects, tags } from '@/lib/db/schema';
import { PAGE_SIZE, pageCountOf, type Paged } from '@/lib/http/pagination';
import { excerpt, relatedStorySlugs } from './document';
import { rankRelated, type RelatedCandidate } from './related';
import { articleUrl, type ArticleCard, type ArticleDetail } from './types';

const published = eq(articles.status, 'published');
const iso = (d: Date | null) => (d ? d.toISOString() : null);

const cardColumns = {
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

function cardsQuery(db: Db) {
  return db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.heroMediaId));
}

async function bylinesFor(db: Db, ids: number[]) {
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
async function toCards(db: Db, rows: CardRow[]): Promise<ArticleCard[]> {
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

export type SectionRef = { id: number; slug: string; name: string; description: string };

export async function listSections(): Promise<SectionRef[]> {
  const db = await getDb();
  return db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.id));
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
    .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
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

export type ArticleLookup = { article: ArticleDetail } | { redirectTo: string } | null;

/** A published story by slug; an old slug answers with the current URL; anything else is null. */
export async function readArticle(slug: string): Promise<ArticleLookup> {
  const db = await getDb();
  const [row] = await db
    .select({
      ...cardColumns,
      status: articles.status,
      body: articles.body,
      bodyText: articles.bodyText,
      sectionId: articles.sectionId,
      claimNote: articles.claimNote,
      commentMode: articles.commentMode,
      heroCaption: media.caption,
      heroCredit: media.credit,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.heroMediaId))
    .where(and(published, eq(articles.slug, slug)));

  if (!row) {
    const [redirect] = await db
      .select({ slug: articles.slug, sectionSlug: sections.slug })
      .from(slugRedirects)
      .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(eq(slugRedirects.oldSlug, slug), published));
    return redirect ? { redirectTo: articleUrl(redirect.sectionSlug, redirect.slug) } : null;
  }

  const [card] = await toCards(db, [row]);
  const [tagRows, updates, inline] = await Promise.all([
    db
      .select({ slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(asc(tags.name)),
    db
      .select({ id: articleUpdates.id, kind: articleUpdates.kind, body: articleUpdates.body, createdAt: articleUpdates.createdAt })
      .from(articleUpdates)
      .where(eq(articleUpdates.articleId, row.id))
      .orderBy(desc(articleUpdates.createdAt)),
    inlineCards(db, relatedStorySlugs(row.body), row.id),
  ]);

  return {
    article: {
      ...card!,
      status: row.status,
      sectionId: row.sectionId,
      description: row.dek || excerpt(row.bodyText),
      body: row.body,
      hero: card!.hero ? { ...card!.hero, caption: row.heroCaption ?? '', credit: row.heroCredit ?? '' } : null,
      tags: tagRows,
      claimNote: row.claimNote,
      commentMode: row.commentMode,
      updates: updates.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() })),
      inlineCards: inline,
    },
  };
}

async function inlineCards(db: Db, slugs: string[], selfId: number): Promise<Record<string, ArticleCard>> {
  if (slugs.length === 0) return {};
  const rows = await cardsQuery(db).where(and(published, inArray(articles.slug, slugs)));
  const cards = await toCards(db, rows.filter((r) => r.id !== selfId));
  return Object.fromEntries(cards.map((c) => [c.slug, c]));
}

const CANDIDATES_PER_TAG = 30;
const CANDIDATES_IN_SECTION = 30;

/**
 * "See what's next": published stories sharing tags or the section with this one, ranked by
 * `rankRelated`, topped up from the latest stories. Each candidate source reads a bounded slice of an index.
 */
export async function readRelated(articleId: number, sectionId: number, limit = 4): Promise<ArticleCard[]> {
  const db = await getDb();
  const tagged = await queryRows<{ id: number; section_id: number; published_at: Date | string; shared: number }>(db, sql`
    select a.id, a.section_id, a.published_at, count(*)::int as shared
    from article_tags mine
    cross join lateral (
      select t.article_id from article_tags t
      where t.tag_id = mine.tag_id and t.published_at is not null and t.article_id <> ${articleId}
      order by t.published_at desc, t.article_id desc limit ${CANDIDATES_PER_TAG}
    ) other
    join articles a on a.id = other.article_id and a.status = 'published'
    where mine.article_id = ${articleId}
    group by a.id, a.section_id, a.published_at`);
  const sameSection = await db
    .select({ id: articles.id, sectionId: articles.sectionId, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(published, eq(articles.sectionId, sectionId), sql`${articles.id} <> ${articleId}`))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(CANDIDATES_IN_SECTION);
  const latest = await db
    .select({ id: articles.id, sectionId: articles.sectionId, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(published, sql`${articles.id} <> ${articleId}`))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);

  const toCandidate = (r: { id: number; sectionId: number; publishedAt: Date | string | null }, shared = 0): RelatedCandidate => ({
    id: r.id,
    sectionId: r.sectionId,
    publishedAt: new Date(r.publishedAt ?? 0).toISOString(),
    sharedTags: shared,
  });
  const candidates = [
    ...tagged.map((r) => toCandidate({ id: r.id, sectionId: r.section_id, publishedAt: r.published_at }, r.shared)),
    ...sameSection.map((r) => toCandidate(r)),
  ];
  const ids = rankRelated({ id: articleId, sectionId }, candidates, {
    now: Date.now(),
    limit,
    fallback: latest.map((r) => toCandidate(r)),
  });
  return cardsByIds(ids);
}

/** Every published story's URL and last change, newest first, for the sitemap. */
export async function listForSitemap(limit: number) {
  const db = await getDb();
  const rows = await db
    .select({ slug: articles.slug, sectionSlug: sections.slug, publishedAt: articles.publishedAt, editedAt: articles.editedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(published)
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
  return rows.map((r) => ({ url: articleUrl(r.sectionSlug, r.slug), lastModified: (r.editedAt ?? r.publishedAt)!.toISOString() }));
}

