// @ts-check
import { LRUCache } from 'lru-cache';

/**
 * The cache in this process's memory: one instance, or several without Redis (each then expires only its own).
 * @typedef {import('./cache-entry.js').CacheEntry} CacheEntry
 */
export class MemoryStore {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    /** @type {LRUCache<string, CacheEntry>} */
    this.entries = new LRUCache({ maxSize: Math.max(maxBytes, 1_000_000), sizeCalculation: (entry) => entry.size || 1 });
    /** @type {Map<string, number>} */
    this.expiries = new Map();
  }

  async get(/** @type {string} */ key) {
    return this.entries.get(key) ?? null;
  }

  async set(/** @type {string} */ key, /** @type {CacheEntry} */ entry) {
    this.entries.set(key, entry);
  }

  async delete(/** @type {string} */ key) {
    this.entries.delete(key);
  }

  /** The latest time any of `tags` was expired (0: never). */
  async lastExpiry(/** @type {string[]} */ tags) {
    let latest = 0;
    for (const tag of tags) latest = Math.max(latest, this.expiries.get(tag) ?? 0);
    return latest;
  }

  async expire(/** @type {string[]} */ tags, /** @type {number} */ at) {
    for (const tag of tags) this.expiries.set(tag, Math.max(at, this.expiries.get(tag) ?? 0));
  }
}
