// @ts-check
/**
 * The purge queue: a write hands its keys over and returns at once; each purger gets them from its own loop,
 * so a slow or dead tier never slows the write, nor the other tiers. Keys waiting for one purger merge into
 * its next request. A failed or timed-out request is retried with growing pauses, and given up (logged) after
 * `maxAttempts`: by then the copies have aged out by their s-maxage anyway.
 *
 * Every purge is sent again after `repeatAfterMs`: a tier may have asked for a page just before the write
 * committed and receive it (rendered from the old data) just after the first purge; the repeat drops that copy.
 *
 * @typedef {import('./purgers.js').Purger} Purger
 * @typedef {{ repeatAfterMs?: number[], timeoutMs?: number, retryDelayMs?: (attempt: number) => number,
 *   maxAttempts?: number, log?: Pick<Console, 'warn' | 'error'> }} PurgeQueueOptions
 */

export class PurgeQueue {
  /** @param {Purger[]} purgers @param {PurgeQueueOptions} [options] */
  constructor(purgers, options = {}) {
    this.options = {
      repeatAfterMs: [1_500, 6_000],
      timeoutMs: 5_000,
      retryDelayMs: (/** @type {number} */ attempt) => Math.min(60_000, 500 * 2 ** attempt),
      maxAttempts: 10,
      log: console,
      ...options,
    };
    this.lanes = purgers.map((purger) => ({ purger, pending: new Set(/** @type {string[]} */ ([])), running: false }));
    /** @type {Set<Promise<void>>} */
    this.active = new Set();
  }

  get size() {
    return this.lanes.length;
  }

  /** Queues `keys` at every purger, now and again after each repeat delay. Never throws, never waits. */
  purge(/** @type {string[]} */ keys) {
    if (keys.length === 0 || this.lanes.length === 0) return;
    this.#add(keys);
    for (const delay of this.options.repeatAfterMs) setTimeout(() => this.#add(keys), delay).unref();
  }

  /** Resolves when nothing is queued or in flight (tests, shutdown). */
  async idle() {
    while (this.active.size > 0) await Promise.all([...this.active]);
  }

  #add(/** @type {string[]} */ keys) {
    for (const lane of this.lanes) {
      for (const key of keys) lane.pending.add(key);
      if (!lane.running) {
        const run = this.#drain(lane).finally(() => this.active.delete(run));
        this.active.add(run);
      }
    }
  }

  /** @param {{ purger: Purger, pending: Set<string>, running: boolean }} lane */
  async #drain(lane) {
    const { timeoutMs, retryDelayMs, maxAttempts, log } = this.options;
    lane.running = true;
    let attempt = 0;
    try {
      while (lane.pending.size > 0) {
        const keys = [...lane.pending];
        lane.pending.clear();
        try {
          await lane.purger.purge(keys, AbortSignal.timeout(timeoutMs));
          attempt = 0;
        } catch (err) {
          attempt += 1;
          const reason = err instanceof Error ? err.message : String(err);
          if (attempt >= maxAttempts) {
            log.error(`[purge] ${lane.purger.name}: gave up on ${keys.length} key(s) after ${attempt} attempts (${reason})`);
            attempt = 0;
            continue;
          }
          log.warn(`[purge] ${lane.purger.name}: ${reason}; retrying ${keys.length} key(s)`);
          for (const key of keys) lane.pending.add(key);
          await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)).unref());
        }
      }
    } finally {
      lane.running = false;
    }
  }
}
