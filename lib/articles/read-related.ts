import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/lib/db/client';
import { articles } from '@/lib/db/schema';
import { cardsByIds, published } from './cards';
import { rankRelated, type RelatedCandidate } from './related';
import type { ArticleCard } from './types';

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
    join articles a on a.id = other.article_id and a.status = 'published' and a.kind = 'story'
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

  // Stories only (see `published`): every one has a section.
  const toCandidate = (r: { id: number; sectionId: number | null; publishedAt: Date | string | null }, shared = 0): RelatedCandidate => ({
    id: r.id,
    sectionId: r.sectionId!,
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

