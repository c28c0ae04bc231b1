import 'server-only';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { articles, media, slugRedirects } from '@/lib/db/schema';
import { inlineCards } from '@/lib/articles/article';
import { relatedStorySlugs, type BodyDocument } from '@/lib/articles/document';
import type { ArticleCard } from '@/lib/articles/types';
import type { ArticleStatus } from '@/lib/db/schema/enums';

/** A page (About, Contact, Corrections policy): written like a story, published at `/slug`, never listed with stories. */
export type PageDetail = {
  id: number;
  status: ArticleStatus;
  slug: string;
  url: string;
  title: string;
  dek: string;
  body: BodyDocument;
  /** When it was last changed: pages carry no publication date for readers, only for the sitemap. */
  editedAt: string;
  hero: { url: string; alt: string; width: number; height: number; caption: string; credit: string } | null;
  inlineCards: Record<string, ArticleCard>;
};

export const pageUrl = (slug: string) => `/${slug}`;
const livePage = and(eq(articles.kind, 'page'), eq(articles.status, 'published'))!;

async function loadPage(db: Db, where: SQL): Promise<PageDetail | null> {
  const [row] = await db
    .select({
      id: articles.id,
      status: articles.status,
      slug: articles.slug,
      title: articles.headline,
      dek: articles.dek,
      body: articles.body,
      editedAt: articles.editedAt,
      heroUrl: media.url,
      heroAlt: media.alt,
      heroWidth: media.width,
      heroHeight: media.height,
      heroCaption: media.caption,
      heroCredit: media.credit,
    })
    .from(articles)
    .leftJoin(media, eq(media.id, articles.heroMediaId))
    .where(and(eq(articles.kind, 'page'), where));
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    slug: row.slug,
    url: pageUrl(row.slug),
    title: row.title,
    dek: row.dek,
    body: row.body,
    editedAt: row.editedAt.toISOString(),
    hero: row.heroUrl
      ? { url: row.heroUrl, alt: row.heroAlt ?? '', width: row.heroWidth ?? 0, height: row.heroHeight ?? 0, caption: row.heroCaption ?? '', credit: row.heroCredit ?? '' }
      : null,
    inlineCards: await inlineCards(db, relatedStorySlugs(row.body), row.id),
  };
}

/** A published page by slug; a page's old slug answers with its current address; anything else is null. */
export async function readPage(slug: string): Promise<{ page: PageDetail } | { redirectTo: string } | null> {
  const db = await getDb();
  const page = await loadPage(db, and(livePage, eq(articles.slug, slug))!);
  if (page) return { page };
  const [redirect] = await db
    .select({ slug: articles.slug })
    .from(slugRedirects)
    .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
    .where(and(eq(slugRedirects.oldSlug, slug), livePage));
  return redirect ? { redirectTo: pageUrl(redirect.slug) } : null;
}

/** Any page by id, whatever its state: the newsroom's preview (callers check who asks). */
export async function readPageById(id: number): Promise<PageDetail | null> {
  return loadPage(await getDb(), eq(articles.id, id));
}

export type PageLink = { slug: string; title: string; url: string; editedAt: string };

/** Every published page, by title: the footer's list and the sitemap's. */
export async function listPublishedPages(): Promise<PageLink[]> {
  const db = await getDb();
  const rows = await db
    .select({ slug: articles.slug, title: articles.headline, editedAt: articles.editedAt })
    .from(articles)
    .where(livePage)
    .orderBy(asc(articles.headline))
    .limit(100);
  return rows.map((r) => ({ slug: r.slug, title: r.title, url: pageUrl(r.slug), editedAt: r.editedAt.toISOString() }));
}
