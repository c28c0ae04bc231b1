// @ts-check
/**
 * Next's page and data cache (`cacheHandler` in next.config.js). In memory for one instance; with REDIS_URL in
 * Redis, shared by every instance, so a tag one instance expires is expired on all.
 *
 * When is a stored copy fresh? Next's own handler stamps an entry with the time it was stored, so a render that
 * read the data just before a write committed, and finished after the write expired its tags, is kept as fresh
 * and serves the old story until its revalidate time. Here an entry is stamped with the time its render began
 * (the miss that started it), and it is fresh only while none of its tags was expired at or after that time. A
 * render that overlaps an expiry is thrown away by the next read, on every instance, however slow it was.
 *
 * Two more things happen as a page is stored: its Content-Security-Policy names the hashes of its inline scripts
 * (Next writes a page's data into inline `self.__next_f.push(…)` scripts; a static policy could only allow them
 * all, and a nonce would force every page to render per request), and its `Surrogate-Key` header names its
 * tags, so a cache tier in front can be purged by them. Every expiry is handed to the purge queue, after it is
 * recorded, so a tier that refetches at once gets the new page.
 *
 * Plain JavaScript: Next loads it at start, uncompiled. Next creates a handler per request; the state is shared.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from '../http/security-headers.js';
import { PurgeQueue } from './purge/purge-queue.js';
import { purgersFromEnv } from './purge/purgers.js';
import { MemoryStore } from './stores/memory-store.js';
import { RedisStore } from './stores/redis-store.js';
import { surrogateKeyHeaders, surrogateKeys } from './surrogate-keys.js';

/** @typedef {import('./stores/cache-entry.js').CacheEntry} CacheEntry */

const TAGS_HEADER = 'x-next-cache-tags';

// Inline scripts: no src, and of a type the browser runs (JSON-LD and other data blocks are never executed).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\stype=["']?(?!text\/javascript|module|application\/javascript)[^"'\s>]+/i;

/** The policy for one page: the static one, with its inline scripts named by hash instead of 'unsafe-inline'. */
export function policyForPage(/** @type {string} */ html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (DATA_TYPE.test(attributes ?? '')) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body ?? '', 'utf8').digest('base64')}'`);
  }
  return contentSecurityPolicy().replace("script-src 'self' 'unsafe-inline'", `script-src 'self' ${[...hashes].join(' ')}`.trimEnd());
}

/**
 * When the renders in progress for each key began: the earliest, while any is running. A render that fails
 * never stores, so a start older than a minute is forgotten rather than kept forever.
 */
export class RenderStarts {
  /** @type {Map<string, { at: number, count: number }>} */
  #starts = new Map();

  begin(/** @type {string} */ key, now = Date.now()) {
    const current = this.#starts.get(key);
    if (current && now - current.at < 60_000) current.count += 1;
    else this.#starts.set(key, { at: now, count: 1 });
    if (this.#starts.size > 10_000) for (const [k, s] of this.#starts) if (now - s.at >= 60_000) this.#starts.delete(k);
  }

  /** @returns {number | undefined} */
  end(/** @type {string} */ key) {
    const current = this.#starts.get(key);
    if (!current) return undefined;
    if (--current.count <= 0) this.#starts.delete(key);
    return current.at;
  }
}

/**
 * How many bytes a string takes in V8: one per character while every character is Latin-1, two once any is not
 * (a curly quote or an emoji in a story makes the whole page two-byte).
 */
const stringBytes = (/** @type {string} */ text) => (/[^\u0000-\u00ff]/.test(text) ? 2 : 1) * text.length;

/** About how many bytes an entry holds, for the memory store's limit. */
export function sizeOf(/** @type {any} */ value) {
  if (value.kind === 'APP_PAGE') {
    let size = stringBytes(String(value.html ?? '')) + (value.rscData?.length ?? 0);
    for (const segment of value.segmentData?.values() ?? []) size += segment.length;
    return size;
  }
  if (value.kind === 'APP_ROUTE') return value.body?.length ?? 0;
  return stringBytes(JSON.stringify(value));
}

/** How long Redis keeps an entry: past its revalidate time (Next serves it stale while it re-renders), a day at most. */
const keepFor = (/** @type {number | false | undefined} */ revalidate) => (typeof revalidate === 'number' ? Math.min(86_400, Math.max(3_600, revalidate * 2)) : 86_400);

/**
 * @typedef {{ store: MemoryStore | RedisStore, renders: RenderStarts, purges: PurgeQueue }} SharedState
 * @param {{ serverDistDir?: string, maxMemoryCacheSize?: number }} ctx
 * @returns {SharedState}
 */
function sharedState(ctx) {
  const holder = /** @type {{ __broadsheetPageCache?: SharedState }} */ (globalThis);
  if (holder.__broadsheetPageCache) return holder.__broadsheetPageCache;
  let buildId = 'development';
  try {
    if (ctx.serverDistDir) buildId = fs.readFileSync(path.join(ctx.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    // no BUILD_ID: a development server
  }
  // `next build` prerenders with this handler too: it keeps its cache to itself (a Redis connection would hold
  // the build open, and a build's entries reach Redis anyway when the new instances render them).
  const useRedis = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== 'phase-production-build';
  let purgers = /** @type {import('./purge/purgers.js').Purger[]} */ ([]);
  try {
    purgers = purgersFromEnv(process.env.CACHE_PURGE_URLS);
  } catch (err) {
    // The server refuses to start on this (lib/env.ts); a build only says it.
    console.error(`[cache] ${err instanceof Error ? err.message : err}`);
  }
  let store;
  if (useRedis) {
    store = new RedisStore(/** @type {string} */ (process.env.REDIS_URL), buildId);
    const generation = /** @type {{ __broadsheetCacheGeneration?: string }} */ (globalThis).__broadsheetCacheGeneration;
    if (generation) store.setGeneration(generation);
  } else {
    store = new MemoryStore(ctx.maxMemoryCacheSize ?? 32 * 1024 * 1024);
  }
  holder.__broadsheetPageCache = {
    store,
    renders: new RenderStarts(),
    purges: new PurgeQueue(purgers),
  };
  return holder.__broadsheetPageCache;
}

/**
 * The database's cache generation (lib/cache/cache-generation.ts), told at start: the Redis store keeps this
 * database's entries apart from any other's.
 */
export function setCacheGeneration(/** @type {string} */ generation) {
  const holder = /** @type {{ __broadsheetCacheGeneration?: string, __broadsheetPageCache?: SharedState }} */ (globalThis);
  holder.__broadsheetCacheGeneration = generation;
  const store = holder.__broadsheetPageCache?.store;
  if (store && 'setGeneration' in store) store.setGeneration(generation);
}

/** The shared state of this process's cache (the server's shutdown closes Redis through it). */
export const pageCacheState = () => /** @type {{ __broadsheetPageCache?: SharedState }} */ (globalThis).__broadsheetPageCache;

export default class PageCacheHandler {
  /** @param {{ serverDistDir?: string, maxMemoryCacheSize?: number }} ctx */
  constructor(ctx) {
    this.state = sharedState(ctx);
  }

  resetRequestCache() {}

  /**
   * @param {string} key
   * @param {{ kind: string, tags?: string[], softTags?: string[], revalidate?: number | false }} ctx
   */
  async get(key, ctx) {
    const { store, renders } = this.state;
    const entry = await store.get(key);
    if (entry) {
      const tags = [...entry.tags, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])];
      if ((await store.lastExpiry(tags)) < entry.renderedAt) {
        // Past its revalidate time Next serves it once more and renders anew in the background: that render begins now.
        const revalidate = ctx.kind === 'FETCH' ? (ctx.revalidate ?? entry.revalidate) : entry.cacheControl?.revalidate;
        if (typeof revalidate === 'number' && Date.now() - entry.renderedAt > revalidate * 1000) renders.begin(key);
        return { lastModified: entry.renderedAt, value: entry.value, cacheControl: entry.cacheControl };
      }
    }
    renders.begin(key);
    return null;
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {{ fetchCache?: boolean, tags?: string[], revalidate?: number | false, cacheControl?: { revalidate: number | false, expire?: number } }} ctx
   */
  async set(key, data, ctx) {
    const { store, renders } = this.state;
    const renderedAt = renders.end(key) ?? Date.now();
    if (!data) return store.delete(key);
    const tags = data.kind === 'FETCH' ? (ctx.tags ?? data.tags ?? []) : String(data.headers?.[TAGS_HEADER] ?? '').split(',').filter(Boolean);
    if (data.kind === 'APP_PAGE' && data.html) {
      const html = typeof data.html === 'string' ? data.html : Buffer.from(data.html).toString('utf8');
      // Assigned to the value Next is about to send, so the first response carries them as well as every hit.
      data.headers = { ...data.headers, 'content-security-policy': policyForPage(html), ...surrogateKeyHeaders(tags) };
    }
    const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl;
    const revalidate = data.kind === 'FETCH' ? (ctx.revalidate ?? data.revalidate) : cacheControl?.revalidate;
    /** @type {CacheEntry} */
    const entry = { value: data, tags, renderedAt, revalidate, cacheControl, size: sizeOf(data) };
    await store.set(key, entry, keepFor(revalidate));
  }

  /**
   * Every expiry is immediate (the app expires with `{expire: 0}`); recorded first, then purged at the tiers.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.length === 0) return;
    await this.state.store.expire(list, Date.now());
    this.state.purges.purge(surrogateKeys(list));
  }
}
