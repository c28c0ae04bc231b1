// @ts-check
import { deserialize, serialize } from 'node:v8';
import Redis from 'ioredis';

/**
 * The cache in Redis, shared by every instance: an entry stored by one is served by all, and a tag expired by
 * one is expired for all (one hash of tag → last expiry time). Everything is kept under the database's cache
 * generation (lib/cache/cache-generation.ts), so another database on the same Redis is another cache. Entries
 * are also namespaced by build, so a rolling deploy never serves a page whose scripts the new build does not
 * have; tag expiries are not (they are about the data, which the builds share). Entries pass through V8's
 * serializer (Buffers and Maps survive it).
 *
 * A Redis that cannot be reached makes a read a miss and a store a no-op (the page renders from the database);
 * an expiry that cannot be recorded is logged: until Redis is back, the copies live out their revalidate time.
 * @typedef {import('./cache-entry.js').CacheEntry} CacheEntry
 */
// Keeps the later of two expiry times, whatever order two instances' writes arrive in.
const EXPIRE_SCRIPT = `
local at = tonumber(ARGV[1])
for i = 2, #ARGV do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if current < at then redis.call('HSET', KEYS[1], ARGV[i], ARGV[1]) end
end
return 1`;

export class RedisStore {
  /** @param {string} url @param {string} buildId */
  constructor(url, buildId) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, commandTimeout: 2_000 });
    // A dropped connection must not crash the server; commands fail (misses) until it is back.
    this.redis.on('error', () => {});
    this.buildId = buildId;
    this.prefix = `broadsheet:cache:unknown:${buildId}:`;
    this.tagExpiries = 'broadsheet:cache:unknown:tag-expiries';
    this.warned = 0;
  }

  /** Set at start, once the database has said which it is (before the first request). */
  setGeneration(/** @type {string} */ generation) {
    this.prefix = `broadsheet:cache:${generation}:${this.buildId}:`;
    this.tagExpiries = `broadsheet:cache:${generation}:tag-expiries`;
  }

  /** @param {unknown} err */
  #warn(err) {
    // One line per minute at most: a Redis outage would otherwise log on every request.
    if (Date.now() - this.warned < 60_000) return;
    this.warned = Date.now();
    console.error(`[cache] Redis: ${err instanceof Error ? err.message : String(err)}`);
  }

  async get(/** @type {string} */ key) {
    try {
      const bytes = await this.redis.getBuffer(this.prefix + key);
      return bytes ? /** @type {CacheEntry} */ (deserialize(bytes)) : null;
    } catch (err) {
      this.#warn(err);
      return null;
    }
  }

  async set(/** @type {string} */ key, /** @type {CacheEntry} */ entry, /** @type {number} */ ttlSeconds) {
    try {
      await this.redis.set(this.prefix + key, serialize(entry), 'EX', Math.max(60, Math.round(ttlSeconds)));
    } catch (err) {
      this.#warn(err);
    }
  }

  async delete(/** @type {string} */ key) {
    await this.redis.del(this.prefix + key).catch((err) => this.#warn(err));
  }

  /** The latest time any of `tags` was expired (0: never); when Redis cannot say, now (nothing is trusted). */
  async lastExpiry(/** @type {string[]} */ tags) {
    if (tags.length === 0) return 0;
    try {
      const times = await this.redis.hmget(this.tagExpiries, ...tags);
      return Math.max(0, ...times.map((t) => Number(t ?? 0)));
    } catch (err) {
      this.#warn(err);
      return Date.now();
    }
  }

  async expire(/** @type {string[]} */ tags, /** @type {number} */ at) {
    if (tags.length === 0) return;
    try {
      await this.redis.eval(EXPIRE_SCRIPT, 1, this.tagExpiries, String(at), ...tags);
    } catch (err) {
      console.error(`[cache] could not record the expiry of ${tags.join(' ')} in Redis: ${err instanceof Error ? err.message : err}`);
    }
  }

  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
