import 'server-only';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { articles, articleTags, articleUpdates, media, sections, slugRedirects, tags } from '@/lib/db/schema';
import { excerpt, relatedStorySlugs } from './document';
import { cardColumns, cardsQuery, published, toCards } from './cards';
import { articleUrl, type ArticleCard, type ArticleDetail } from './types';

export type ArticleLookup = { article: ArticleDetail } | { redirectTo: string } | null;

/** A published story by slug; an old slug answers with the current URL; anything else is null. */
export async function readArticle(slug: string): Promise<ArticleLookup> {
  const db = await getDb();
  const article = await loadDetail(db, and(published, eq(articles.slug, slug))!);
  if (article) return { article };
  const [redirect] = await db
    .select({ slug: articles.slug, sectionSlug: sections.slug })
    .from(slugRedirects)
    .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(slugRedirects.oldSlug, slug), published));
  return redirect ? { redirectTo: articleUrl(redirect.sectionSlug, redirect.slug) } : null;
}

/**
 * Any story by id, whatever its state, built exactly as readers get it: the newsroom's preview. Callers
 * check who is asking; a story not yet published shows "now" as its publication time.
 */
export async function readArticleById(id: number): Promise<ArticleDetail | null> {
  return loadDetail(await getDb(), eq(articles.id, id));
}

async function loadDetail(db: Db, where: SQL): Promise<ArticleDetail | null> {
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
    .where(where);
  if (!row) return null;

  const [card] = await toCards(db, [{ ...row, publishedAt: row.publishedAt ?? new Date() }]);
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
    ...card!,
    status: row.status,
    sectionId: row.sectionId!, // joined to its section above: a story
    description: row.dek || excerpt(row.bodyText),
    body: row.body,
    hero: card!.hero ? { ...card!.hero, caption: row.heroCaption ?? '', credit: row.heroCredit ?? '' } : null,
    tags: tagRows,
    claimNote: row.claimNote,
    commentMode: row.commentMode,
    updates: updates.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() })),
    inlineCards: inline,
  };
}

/** Cards for the "See what's next" links in a body, by slug: published stories only, never the one read. */
export async function inlineCards(db: Db, slugs: string[], selfId: number): Promise<Record<string, ArticleCard>> {
  if (slugs.length === 0) return {};
  const rows = await cardsQuery(db).where(and(published, inArray(articles.slug, slugs)));
  const cards = await toCards(db, rows.filter((r) => r.id !== selfId));
  return Object.fromEntries(cards.map((c) => [c.slug, c]));
}
