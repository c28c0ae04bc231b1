import { afterEach, describe, expect, it, vi } from 'vitest';
import { PurgeQueue } from '@/lib/cache/purge/purge-queue';
import { varnishPurger } from '@/lib/cache/purge/purgers';
import { fakeHttpPerTest } from '@/tests/helpers/fake-http';

const server = fakeHttpPerTest(afterEach);
const log = () => ({ warn: vi.fn(), error: vi.fn() });
const until = async (ok: () => boolean, ms = 5_000) => {
  const started = Date.now();
  while (!ok()) {
    if (Date.now() - started > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the purge queue', () => {
  it('returns at once while a tier hangs, purges the healthy tier meanwhile, and retries the hanging one', async () => {
    const hanging = await server(() => 'hang');
    const healthy = await server();
    const logged = log();
    const queue = new PurgeQueue([varnishPurger(hanging.url), varnishPurger(healthy.url)], {
      repeatAfterMs: [],
      timeoutMs: 200,
      retryDelayMs: () => 50,
      maxAttempts: 3,
      log: logged,
    });
    // Nothing to wait for: the caller (a write) carries on.
    expect(queue.purge(['front', 'article:a'])).toBeUndefined();

    // The healthy tier is purged while the first request to the hanging one is still open.
    await until(() => healthy.received.length === 1 && hanging.received.length === 1);
    expect(healthy.received[0]!.headers['xkey-purge']).toBe('front article:a');
    // Three attempts at the hanging tier, each abandoned after its timeout, then given up and logged.
    await queue.idle();
    expect(hanging.received).toHaveLength(3);
    expect(logged.warn).toHaveBeenCalledWith(expect.stringMatching(/varnish 127\.0\.0\.1:\d+: .*retrying 2 key/));
    expect(logged.error).toHaveBeenCalledWith(expect.stringMatching(/gave up on 2 key\(s\) after 3 attempts/));
  });

  it('retries a failing tier until it takes the purge', async () => {
    let calls = 0;
    const flaky = await server(() => (++calls < 3 ? { status: 503 } : { status: 200 }));
    const queue = new PurgeQueue([varnishPurger(flaky.url)], { repeatAfterMs: [], retryDelayMs: () => 20, log: log() });
    queue.purge(['section:world']);
    await queue.idle();
    expect(flaky.received.map((r) => r.headers['xkey-purge'])).toEqual(['section:world', 'section:world', 'section:world']);
  });

  it('merges keys queued while a request is in flight into the next request', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const tier = await server();
    const slowFirst = varnishPurger(tier.url);
    const purge = slowFirst.purge;
    let first = true;
    slowFirst.purge = async (keys, signal) => {
      if (first) {
        first = false;
        await gate;
      }
      return purge(keys, signal);
    };
    const queue = new PurgeQueue([slowFirst], { repeatAfterMs: [], log: log() });
    queue.purge(['a']);
    queue.purge(['b', 'c']);
    queue.purge(['c', 'd']);
    release();
    await queue.idle();
    expect(tier.received.map((r) => r.headers['xkey-purge'])).toEqual(['a', 'b c d']);
  });

  it('sends each purge again after the repeat delays (a page fetched just before the write is dropped too)', async () => {
    const tier = await server();
    const queue = new PurgeQueue([varnishPurger(tier.url)], { repeatAfterMs: [50, 150], log: log() });
    queue.purge(['front']);
    await until(() => tier.received.length === 3);
    expect(tier.received.map((r) => r.headers['xkey-purge'])).toEqual(['front', 'front', 'front']);
  });

  it('does nothing without purgers or keys', async () => {
    const tier = await server();
    new PurgeQueue([], { log: log() }).purge(['front']);
    new PurgeQueue([varnishPurger(tier.url)], { log: log() }).purge([]);
    await new Promise((r) => setTimeout(r, 50));
    expect(tier.received).toHaveLength(0);
  });
});
