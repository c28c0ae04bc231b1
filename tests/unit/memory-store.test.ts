import { describe, expect, it } from 'vitest';
import { sizeOf } from '@/lib/cache/page-cache-handler.js';
import { MemoryStore } from '@/lib/cache/stores/memory-store.js';

describe('the in-memory page cache store', () => {
  it('keeps entries within its byte limit, dropping the least recently used', async () => {
    const store = new MemoryStore(1_000_000);
    const entry = (size: number) => ({ value: null, renderedAt: 1, tags: [], size }) as never;
    await store.set('/old', entry(600_000));
    await store.set('/new', entry(600_000));
    expect(await store.get('/old')).toBeNull();
    expect(await store.get('/new')).not.toBeNull();
    expect(store.usage()).toEqual({ entries: 1, bytes: 600_000, maxBytes: 1_000_000 });
  });

  it('remembers a bounded number of tag expiries, and what it forgets makes older pages stale, never fresh', async () => {
    const store = new MemoryStore(1_000_000, 100);
    for (let i = 1; i <= 101; i++) await store.expire([`article:story-${i}`], i * 10);
    expect(store.expiries.size).toBeLessThanOrEqual(100);
    // story-1..50 were forgotten (expired at 10..500): a page rendered at 300, before story-30 was expired, is stale.
    expect(await store.lastExpiry(['article:story-30'])).toBeGreaterThanOrEqual(300);
    // A page rendered after every forgotten expiry is still fresh, unless its own tag was expired later.
    expect(await store.lastExpiry(['section:climate'])).toBeLessThan(505);
    expect(await store.lastExpiry(['article:story-80'])).toBe(800);
  });
});

describe('the size the page cache counts for a page', () => {
  const page = (html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.alloc(1000), segmentData: new Map([['/seg', Buffer.alloc(500)]]) });

  it('counts a Latin-1 page one byte per character, and one with a curly quote, emoji or Arabic two', () => {
    const text = 'x'.repeat(10_000);
    expect(sizeOf(page(text))).toBe(10_000 + 1_500);
    expect(sizeOf(page(`${text}’`))).toBe(2 * 10_001 + 1_500);
    expect(sizeOf(page(`${text}🗞️ مرحبا`))).toBeGreaterThan(2 * 10_000);
    expect(sizeOf({ kind: 'APP_ROUTE', body: Buffer.alloc(700) })).toBe(700);
  });
});
