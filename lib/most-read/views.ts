import 'server-only';
import { isbot } from 'isbot';
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { articles, articleViews, sections } from '@/lib/db/schema';
import { published } from '@/lib/articles/cards';
import { articleUrl } from '@/lib/articles/types';
import { clientIp } from '@/lib/auth/options';
import { cachedRead } from '@/lib/cache/cached';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { parseOrThrow } from '@/lib/validation/parse';
import { consumeAll } from '@/lib/rate-limit/limiter';
import { countView, drainViews, restoreViews } from './view-counter';
import { idSchema } from '@/lib/db/ids';

/**
 * "Most read", counted without tracking anyone: a story page sends one beacon when it is seen (prefetches and
 * pre-renders never run it), bots are recognised by their user agent (isbot) and not counted, no cookie is
 * set and nothing about the reader is kept; per story and hour, only a number.
 */

const HOUR_MS = 3600_000;
const viewSchema = z.object({ id: idSchema() }).strict();

/** A beacon from a story page: counted in memory (no database write), unless it comes from a bot or a prefetch. */
export async function recordView(request: Request, raw: unknown): Promise<boolean> {
  const { id } = parseOrThrow(viewSchema, raw);
  const purpose = request.headers.get('sec-purpose') ?? request.headers.get('purpose') ?? '';
  if (/prefetch|prerender/i.test(purpose) || isbot(request.headers.get('user-agent') ?? '')) return false;
  try {
    await consumeAll([['viewsPerIp', clientIp(request.headers)]]);
  } catch {
    return false; // over the limit: not counted, and nothing to tell the page
  }
  countView(id);
  return true;
}

const hourOf = (d: Date) => new Date(Math.floor(d.getTime() / HOUR_MS) * HOUR_MS);

/**
 * Adds what this instance counted to the hour's totals (other instances add theirs: the sums stay right), for
 * published stories only, and refreshes "Most read". Counts are put back if the database is away.
 */
export async function flushViews(now = new Date()): Promise<number> {
  const counts = drainViews();
  if (counts.length === 0) return 0;
  try {
    const db = await getDb();
    const ids = `{${counts.map(([id]) => id).join(',')}}`;
    const views = `{${counts.map(([, n]) => n).join(',')}}`;
    await db.execute(sql`
      insert into ${articleViews} (article_id, hour, views)
      select a.id, ${hourOf(now)}, v.n
      from unnest(${ids}::int[], ${views}::int[]) as v(id, n)
      join ${articles} a on a.id = v.id and a.status = 'published' and a.kind = 'story'
      on conflict (article_id, hour) do update set views = ${articleViews.views} + excluded.views`);
    // Two days are enough for a 24-hour window.
    await db.delete(articleViews).where(lt(articleViews.hour, new Date(now.getTime() - 48 * HOUR_MS)));
  } catch (err) {
    restoreViews(counts);
    throw err;
  }
  expireTags([cacheTags.mostRead]);
  return counts.reduce((sum, [, n]) => sum + n, 0);
}

export type MostReadStory = { id: number; headline: string; url: string; views: number };

/** The most viewed stories of the last 24 hours, on the whole site or in one section. */
export async function readMostRead(section: string | null, limit = 5, now = new Date()): Promise<MostReadStory[]> {
  const db = await getDb();
  const total = sql<number>`sum(${articleViews.views})::int`;
  const rows = await db
    .select({ id: articles.id, headline: articles.headline, slug: articles.slug, sectionSlug: sections.slug, views: total })
    .from(articleViews)
    .innerJoin(articles, eq(articles.id, articleViews.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(published, gte(articleViews.hour, hourOf(new Date(now.getTime() - 24 * HOUR_MS))), section ? eq(sections.slug, section) : undefined))
    .groupBy(articles.id, sections.slug)
    .orderBy(desc(total), desc(articles.id))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, headline: r.headline, url: articleUrl(r.sectionSlug, r.slug), views: r.views }));
}

/** Cached until the next flush (or five minutes: the 24-hour window moves). */
export const getMostRead = cachedRead('most-read', (section: string | null) => readMostRead(section), () => [cacheTags.mostRead, cacheTags.sections], 300);
