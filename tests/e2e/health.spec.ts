import { expect, test } from '@playwright/test';

test('an operator watching /api/health sees the memory the server holds and its page cache filling within its limit', async ({ request }) => {
  expect((await request.get('/')).status()).toBe(200);
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('no-store');
  const { memory } = (await res.json()) as { memory: { rssMb: number; heapUsedMb: number; pageCache: { entries: number; mb: number; limitMb: number } } };
  expect(memory.rssMb).toBeGreaterThan(memory.heapUsedMb);
  // The suite's server keeps its page cache in memory (no REDIS_URL): the front page just rendered is in it.
  expect(memory.pageCache.entries).toBeGreaterThan(0);
  expect(memory.pageCache.mb).toBeGreaterThan(0);
  expect(memory.pageCache.mb).toBeLessThanOrEqual(memory.pageCache.limitMb);
  expect(memory.pageCache.limitMb).toBe(32);
});
