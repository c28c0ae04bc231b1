// @ts-check
/**
 * Surrogate keys: the cache tags of lib/cache/tags.ts as a cache tier in front of the app sees them. Every public
 * response names the tags it was built from (`Surrogate-Key: front article:my-story site`), and every write
 * purges the tags it expires, so a tier (Varnish with xkey, Fastly, Cloudflare) drops exactly the copies a
 * write made wrong. Plain JavaScript: the cache handler (loaded by Next uncompiled) and the routes share it.
 */

/** Next's own implicit tags (paths, layouts): we never expire by path, so they are not keys. */
const IMPLICIT_TAG = /^_N_T_/;

/** One tag as a key: printable ASCII without spaces or commas (what every tier accepts); anything else escaped. */
export function surrogateKey(/** @type {string} */ tag) {
  return tag.replace(/[^\x21-\x7e]|[%,]/gu, (/** @type {string} */ c) => encodeURIComponent(c));
}

/** The keys for a set of tags, implicit tags left out, each once. */
export function surrogateKeys(/** @type {string[]} */ tags) {
  return [...new Set(tags.filter((t) => !IMPLICIT_TAG.test(t)).map(surrogateKey))];
}

/**
 * The response headers naming `tags`: `Surrogate-Key` (Varnish through the shipped VCL, Fastly) and, when a
 * Cloudflare purger is configured, `Cache-Tag` (Cloudflare reads only that). Tiers strip them before clients.
 * @param {string[]} tags
 * @returns {Record<string, string>}
 */
export function surrogateKeyHeaders(tags) {
  const keys = surrogateKeys(tags);
  if (keys.length === 0) return {};
  const headers = /** @type {Record<string, string>} */ ({ 'surrogate-key': keys.join(' ') });
  if ((process.env.CACHE_PURGE_URLS ?? '').includes('cloudflare://')) headers['cache-tag'] = keys.join(',');
  return headers;
}
