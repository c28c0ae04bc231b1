import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, queryRows } from '@/lib/db/client';
import { cachedRead } from '@/lib/cache/cached';
import { cacheTags } from '@/lib/cache/tags';
import { cardsByIds } from '@/lib/articles/cards';
import type { ArticleCard } from '@/lib/articles/types';
import { PAGE_SIZE, pageNumberSchema } from '@/lib/http/pagination';

export const searchQuerySchema = z.object({
  q: z
    .string()
    .max(200, 'Search for at most 200 characters')
    .transform((s) => s.normalize('NFKC').replace(/[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').trim())
    .default(''),
  section: z.string().max(100).regex(/^[a-z0-9-]*$/, 'Unknown section').default(''),
  page: pageNumberSchema.default(1),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

// Sentinels around highlighted words: never in real text, turned into <mark> elements by the page, so the
// snippet itself is never parsed as HTML.
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** Matches considered for ranking: the newest N, so a common word costs the same at 1,000 or 100,000 stories. */
const RANK_WINDOW = 1000;

export type SearchHit = { card: ArticleCard; snippet: string };
export type SearchResult = { hits: SearchHit[]; total: number; totalCapped: boolean; page: number; pageCount: number };

async function runSearch(q: string, section: string, page: number): Promise<SearchResult> {
  const empty = { hits: [], total: 0, totalCapped: false, page, pageCount: 0 };
  if (!q) return empty;
  const db = await getDb();
  const sectionFilter = section ? sql`and a.section_id = (select id from sections where slug = ${section})` : sql``;
  const rows = await queryRows<{ id: number; snippet: string; total: number }>(db, sql`
    with q as (select websearch_to_tsquery('english', ${q}) as query),
    matches as (
      select a.id, a.search_vector, a.published_at, a.headline, a.dek, a.body_text
      from articles a, q
      where a.status = 'published' and a.kind = 'story' and a.search_vector @@ q.query ${sectionFilter}
      order by a.published_at desc
      limit ${RANK_WINDOW}
    ),
    ranked as (
      select m.*, ts_rank_cd(m.search_vector, q.query) as rank, count(*) over () as total
      from matches m, q
      order by rank desc, m.published_at desc, m.id desc
      limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}
    )
    select r.id, r.total::int as total,
      ts_headline('english', r.dek || ' ' || left(r.body_text, 4000), q.query,
        ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`}) as snippet
    from ranked r, q
    order by r.rank desc, r.published_at desc, r.id desc`);
  if (rows.length === 0) return empty;
  const cards = new Map((await cardsByIds(rows.map((r) => r.id))).map((c) => [c.id, c]));
  const total = rows[0]?.total ?? 0;
  return {
    hits: rows.flatMap((r) => (cards.has(r.id) ? [{ card: cards.get(r.id)!, snippet: r.snippet }] : [])),
    total,
    totalCapped: total >= RANK_WINDOW,
    page,
    pageCount: Math.ceil(total / PAGE_SIZE),
  };
}

const cachedSearch = cachedRead('search', runSearch, () => [cacheTags.search], 300);

/** Full-text search over published stories, ranked, with highlighted snippets; identical on PGlite and PostgreSQL. */
export function searchArticles(query: SearchQuery): Promise<SearchResult> {
  return cachedSearch(query.q, query.section, query.page);
}
