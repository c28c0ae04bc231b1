// @ts-check
import { LRUCache } from 'lru-cache';

/**
 * The cache in this process's memory: one instance, or several without Redis (each then expires only its own).
 * @typedef {import('./cache-entry.js').CacheEntry} CacheEntry
 */
export class MemoryStore {
  /** @param {number} maxBytes @param {number} maxExpiries */
  constructor(maxBytes, maxExpiries = 10_000) {
    /** @type {LRUCache<string, CacheEntry>} */
    this.entries = new LRUCache({ maxSize: Math.max(maxBytes, 1_000_000), sizeCalculation: (entry) => entry.size || 1 });
    /** When each tag was last expired: one per story, author, tag and comment thread ever changed, so bounded. */
    /** @type {Map<string, number>} */
    this.expiries = new Map();
    this.maxExpiries = maxExpiries;
    /** The newest expiry forgotten to keep that bound: anything rendered before it counts as stale. */
    this.forgottenUpTo = 0;
  }

  /** How full it is, for /api/health. */
  usage() {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize, maxBytes: this.entries.maxSize };
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
    let latest = this.forgottenUpTo;
    for (const tag of tags) latest = Math.max(latest, this.expiries.get(tag) ?? 0);
    return latest;
  }

  async expire(/** @type {string[]} */ tags, /** @type {number} */ at) {
    for (const tag of tags) this.expiries.set(tag, Math.max(at, this.expiries.get(tag) ?? 0));
    if (this.expiries.size <= this.maxExpiries) return;
    // Forget the older half. An entry rendered before a forgotten expiry may hold what it expired, so every entry
    // rendered before the newest forgotten one is treated as stale: a re-render, never an old page kept.
    const byTime = [...this.expiries].sort((a, b) => a[1] - b[1]);
    for (const [tag, time] of byTime.slice(0, byTime.length >> 1)) {
      this.expiries.delete(tag);
      this.forgottenUpTo = Math.max(this.forgottenUpTo, time);
    }
  }
}
