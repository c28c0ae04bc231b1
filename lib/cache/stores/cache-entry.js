// @ts-check
/**
 * What the cache stores for one key: Next's value, the tags it was built from, and when the render that made
 * it began (see lib/cache/page-cache-handler.js for why the start, not the end).
 * @typedef {{ value: any, tags: string[], renderedAt: number, revalidate?: number | false,
 *   cacheControl?: { revalidate: number | false, expire?: number }, size: number }} CacheEntry
 */
export {};
