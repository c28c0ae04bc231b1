import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cacheGeneration } from '@/lib/cache/cache-generation';
import { pageCacheState, setCacheGeneration } from '@/lib/cache/page-cache-handler';
import { setupTestDatabase } from '@/tests/helpers/test-database';
import { fetchCtx, fetchValue, handlerOfNewProcess, pageCtx, pageSetCtx, pageValue } from '@/tests/helpers/page-cache';

// Two server processes sharing one Redis, as two instances do: each handler below has its own connection and
// its own renders in progress. A Redis database of this file's own, emptied first.
const REDIS_URL = `${(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379').replace(/\/\d*$/, '')}/${process.env.TEST_DB_KIND === 'postgres' ? 11 : 10}`;
const opened: (() => Promise<void>)[] = [];
setupTestDatabase();

function instance(ctx: { serverDistDir?: string } = {}) {
  const handler = handlerOfNewProcess(ctx);
  const state = pageCacheState()!;
  opened.push(async () => {
    if ('close' in state.store) await state.store.close();
  });
  return handler;
}

beforeAll(async () => {
  vi.stubEnv('REDIS_URL', REDIS_URL);
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  await redis.quit();
});

afterAll(async () => {
  await Promise.all(opened.map((close) => close()));
  vi.unstubAllEnvs();
});

describe('the page and data cache in Redis, shared by instances', () => {
  it('serves a page one instance rendered from the other, whole (HTML, RSC payload, segments, headers)', async () => {
    const [a, b] = [instance(), instance()];
    expect(await a.get('/world/shared-story', pageCtx)).toBeNull();
    await a.set('/world/shared-story', pageValue('<h1>Shared story</h1>', ['article:shared-story']), pageSetCtx);
    const fromB = (await b.get('/world/shared-story', pageCtx))!.value;
    expect(fromB.html).toBe('<h1>Shared story</h1>');
    expect(Buffer.isBuffer(fromB.rscData) && fromB.rscData.toString()).toBe('0:{"rsc":true}');
    expect(fromB.segmentData.get('/_tree').toString()).toBe('tree');
    expect(fromB.headers['surrogate-key']).toBe('article:shared-story');
  });

  it('a tag expired on one instance is expired on the other', async () => {
    const [a, b] = [instance(), instance()];
    await a.set('section-list', fetchValue(['world', 'politics'], ['sections']), { fetchCache: true, tags: ['sections'] });
    expect(await b.get('section-list', fetchCtx(['sections']))).not.toBeNull();
    await b.revalidateTag('sections');
    expect(await a.get('section-list', fetchCtx(['sections']))).toBeNull();
    expect(await b.get('section-list', fetchCtx(['sections']))).toBeNull();
  });

  it('a render on A that overlapped an expiry on B is thrown away on both', async () => {
    const [a, b] = [instance(), instance()];
    expect(await a.get('/politics/vote', pageCtx)).toBeNull(); // A begins rendering
    await new Promise((r) => setTimeout(r, 5));
    await b.revalidateTag('article:vote'); // B records a correction
    await new Promise((r) => setTimeout(r, 5));
    await a.set('/politics/vote', pageValue('<p>Before the correction</p>', ['article:vote']), pageSetCtx);
    expect(await a.get('/politics/vote', pageCtx)).toBeNull();
    expect(await b.get('/politics/vote', pageCtx)).toBeNull();
  });

  it('a new build does not serve the old build’s pages (their scripts are gone), but shares the expiries', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-build-'));
    fs.mkdirSync(path.join(dist, 'server'));
    fs.writeFileSync(path.join(dist, 'BUILD_ID'), 'next-build');
    const [old, next] = [instance(), instance({ serverDistDir: path.join(dist, 'server') })];
    await old.set('/about', pageValue('<p>Old build</p>', ['article:about']), pageSetCtx);
    expect(await next.get('/about', pageCtx)).toBeNull();
    await next.set('/about', pageValue('<p>New build</p>', ['article:about']), pageSetCtx);
    await old.revalidateTag('article:about');
    expect(await next.get('/about', pageCtx)).toBeNull();
  });

  it('another database on the same Redis is another cache: neither its pages nor its expiries cross over', async () => {
    try {
      setCacheGeneration('database-one');
      const one = instance();
      const two = instance();
      setCacheGeneration('database-two');
      await one.set('/world/same-slug', pageValue('<p>From database one</p>', ['article:same-slug']), pageSetCtx);
      expect(await two.get('/world/same-slug', pageCtx)).toBeNull();
      await two.revalidateTag('article:same-slug');
      expect((await one.get('/world/same-slug', pageCtx))?.value.html).toBe('<p>From database one</p>');
    } finally {
      delete (globalThis as { __broadsheetCacheGeneration?: string }).__broadsheetCacheGeneration;
    }
  });

  it('a database keeps one cache generation, made on its first start', async () => {
    const first = await cacheGeneration();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await cacheGeneration()).toBe(first);
  });

  it('with Redis out of reach, every read is a miss and nothing throws', async () => {
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:1');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const down = instance();
      expect(await down.get('/', pageCtx)).toBeNull();
      await expect(down.set('/', pageValue('<p>Front</p>', ['front']), pageSetCtx)).resolves.toBeUndefined();
      await expect(down.revalidateTag('front')).resolves.toBeUndefined();
      expect(await down.get('/', pageCtx)).toBeNull();
    } finally {
      errors.mockRestore();
      vi.stubEnv('REDIS_URL', REDIS_URL);
    }
  });
});
