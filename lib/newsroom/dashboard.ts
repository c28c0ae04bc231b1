import 'server-only';
import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { containsPattern } from '@/lib/db/contains-pattern';
import { articleAuthors, articles, authorProfiles, sections } from '@/lib/db/schema';
import { articleStatus, type ArticleStatus } from '@/lib/db/schema/enums';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { bylinesFor, published } from '@/lib/articles/cards';
import { articleUrl } from '@/lib/articles/types';
import { parseOrThrow } from '@/lib/validation/parse';
import { profileIdOf } from './article-access';

export const dashboardQuerySchema = z.object({
  state: z.enum(articleStatus.enumValues).optional(),
  author: z.string().max(200).optional(),
  section: z.string().max(200).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export type DashboardRow = {
  id: number;
  headline: string;
  status: ArticleStatus;
  section: string;
  url: string;
  authors: string[];
  editedAt: string;
  publishedAt: string | null;
  scheduledFor: string | null;
  commentCount: number;
};

const PAGE_SIZE = 30;

/**
 * The newsroom's article list: an author sees the stories they are on, editors and admins everyone's;
 * filtered by state, author, section and headline text. Counts per state follow the same filters.
 */
export async function listDashboard(actor: Actor, raw: Record<string, string | undefined>) {
  assertCan(actor, 'article:read-draft', true);
  const query = parseOrThrow(dashboardQuerySchema, raw);
  const db = await getDb();
  const conditions: SQL[] = [eq(articles.kind, 'story')];
  if (!can(actor.role, 'article:read-draft')) {
    const own = await profileIdOf(db, actor.id);
    conditions.push(inArray(articles.id, db.select({ id: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.authorId, own ?? -1))));
  } else if (query.author) {
    conditions.push(
      inArray(
        articles.id,
        db
          .select({ id: articleAuthors.articleId })
          .from(articleAuthors)
          .innerJoin(authorProfiles, eq(authorProfiles.id, articleAuthors.authorId))
          .where(eq(authorProfiles.slug, query.author)),
      ),
    );
  }
  if (query.section) conditions.push(eq(sections.slug, query.section));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(articles.headline, pattern), ilike(articles.slug, pattern))!);
  }
  const base = and(...conditions);
  const where = and(base, query.state ? eq(articles.status, query.state) : undefined);
  const [rows, countRows] = await Promise.all([
    db
      .select({
        id: articles.id,
        headline: articles.headline,
        status: articles.status,
        slug: articles.slug,
        section: sections.name,
        sectionSlug: sections.slug,
        editedAt: articles.editedAt,
        publishedAt: articles.publishedAt,
        scheduledFor: articles.scheduledFor,
        commentCount: articles.commentCount,
      })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(where)
      .orderBy(desc(articles.editedAt), desc(articles.id))
      .limit(PAGE_SIZE + 1)
      .offset((query.page - 1) * PAGE_SIZE),
    db
      .select({ status: articles.status, n: sql<number>`count(*)::int` })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(base)
      .groupBy(articles.status),
  ]);
  const page = rows.slice(0, PAGE_SIZE);
  const bylines = await bylinesFor(db, page.map((r) => r.id));
  const counts = Object.fromEntries(articleStatus.enumValues.map((s) => [s, 0])) as Record<ArticleStatus, number>;
  for (const c of countRows) counts[c.status] = c.n;
  return {
    query,
    counts,
    hasMore: rows.length > PAGE_SIZE,
    rows: page.map(
      (r): DashboardRow => ({
        id: r.id,
        headline: r.headline,
        status: r.status,
        section: r.section,
        url: articleUrl(r.sectionSlug, r.slug),
        authors: (bylines.get(r.id) ?? []).map((b) => b.name),
        editedAt: r.editedAt.toISOString(),
        publishedAt: r.publishedAt?.toISOString() ?? null,
        scheduledFor: r.scheduledFor?.toISOString() ?? null,
        commentCount: r.commentCount,
      }),
    ),
  };
}

/** Published stories whose headline matches, for the editor's related-story picker. */
export async function findStories(actor: Actor, q: string) {
  assertCan(actor, 'article:create');
  const text = q.trim().slice(0, 100);
  if (text.length < 2) return [];
  const db = await getDb();
  const rows = await db
    .select({ id: articles.id, slug: articles.slug, headline: articles.headline, sectionSlug: sections.slug, section: sections.name, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(published, ilike(articles.headline, containsPattern(text))))
    .orderBy(desc(articles.publishedAt))
    .limit(8);
  return rows.map((r) => ({ id: r.id, slug: r.slug, headline: r.headline, section: r.section, url: articleUrl(r.sectionSlug, r.slug), publishedAt: r.publishedAt?.toISOString() ?? null }));
}
