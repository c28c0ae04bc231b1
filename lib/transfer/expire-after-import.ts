import 'server-only';
import { env } from '@/lib/env';
import type { Db } from '@/lib/db/client';
import { sections } from '@/lib/db/schema';
import { cacheTags } from '@/lib/cache/tags';
import { expireTags } from '@/lib/cache/expire';
import { cacheGeneration } from '@/lib/cache/cache-generation';
import { callSelf } from '@/lib/server/self-call';
import { RedisStore } from '@/lib/cache/stores/redis-store.js';
import { purgersFromEnv } from '@/lib/cache/purge/purgers.js';
import { surrogateKeys } from '@/lib/cache/surrogate-keys.js';

/**
 * Every cached page an import can change: the settings (every page reads them), the lists (front, sections,
 * feeds, sitemap, search, pages, threads), and each section, tag, author and story it wrote.
 */
export async function importedTags(db: Db, written: string[]): Promise<string[]> {
  const all = await db.select({ slug: sections.slug }).from(sections);
  return [
    ...new Set([
      cacheTags.site,
      cacheTags.front,
      cacheTags.sections,
      cacheTags.pages,
      cacheTags.feeds,
      cacheTags.sitemap,
      cacheTags.search,
      cacheTags.allComments,
      ...all.map((s) => cacheTags.section(s.slug)),
      ...written,
    ]),
  ];
}

/**
 * Expires `tags` wherever the running site keeps pages. `where` says who is asking: a request of the server
 * (expire directly), the server outside a request (its operator socket: through a request to itself, as Next
 * expires only inside one), or a command in a process of its own (Redis and the tiers, when configured; an
 * in-memory cache belongs to a server, and a server on the embedded database is asked to import itself).
 */
export async function expireEverywhere(tags: string[], where: 'request' | 'server' | 'command'): Promise<void> {
  if (where === 'request') return expireTags(tags);
  if (where === 'server') {
    if (!(await callSelf('/api/internal/expire', { tags }))) console.error('[import] the caches could not be expired; pages refresh within their lifetimes');
    return;
  }
  if (env.REDIS_URL) {
    const store = new RedisStore(env.REDIS_URL, 'command');
    store.setGeneration(await cacheGeneration());
    await store.expire(tags, Date.now());
    await store.close();
  }
  const keys = surrogateKeys(tags);
  for (const purger of purgersFromEnv(env.CACHE_PURGE_URLS)) await purger.purge(keys, AbortSignal.timeout(10_000));
}
