import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { GET as mostReadRoute } from '@/app/api/most-read/route';
import { POST as viewRoute } from '@/app/api/views/route';
import * as s from '@/lib/db/schema';
import { drainViews } from '@/lib/most-read/view-counter';
import { flushViews, readMostRead } from '@/lib/most-read/views';
import { createArticle } from '../helpers/factories';
import { callRoute } from '../helpers/http';
import { setupTestDatabase } from '../helpers/test-database';

const database = setupTestDatabase();
const db = () => database.current().db;
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
let ip = 0;
const view = (id: unknown, headers: Record<string, string> = {}) =>
  callRoute(viewRoute, '/api/views', {}, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'user-agent': BROWSER, 'x-forwarded-for': `198.51.100.${++ip % 250}`, ...headers },
    body: JSON.stringify({ id }),
  });

afterEach(() => void drainViews());

describe('most read', () => {
  it('counts views in memory (no database write), writes them in a batch, and ranks the last 24 hours', async () => {
    const [a, b, c] = [await createArticle(db(), { section: 'world' }), await createArticle(db(), { section: 'world' }), await createArticle(db(), { section: 'sport' })];
    for (let i = 0; i < 5; i++) expect((await view(a.id)).status).toBe(204);
    for (let i = 0; i < 8; i++) await view(b.id);
    for (let i = 0; i < 3; i++) await view(c.id);
    expect(await db().$count(s.articleViews)).toBe(0); // nothing written on the request path

    expect(await flushViews()).toBe(16);
    const top = await readMostRead(null);
    expect(top.slice(0, 3).map((t) => [t.id, t.views])).toEqual([[b.id, 8], [a.id, 5], [c.id, 3]]);
    expect((await readMostRead('sport')).map((t) => t.id)).toEqual([c.id]);

    // Another instance's counts add to the same hour's.
    for (let i = 0; i < 4; i++) await view(a.id);
    await flushViews();
    expect((await readMostRead('world')).slice(0, 2).map((t) => [t.id, t.views])).toEqual([[a.id, 9], [b.id, 8]]);

    const api = await callRoute(mostReadRoute, '/api/most-read?section=world', {});
    expect(api.json.stories[0]).toMatchObject({ id: a.id, url: `/world/${a.slug}`, headline: a.headline });
    expect(api.headers.get('cache-control')).toContain('s-maxage=60');
    expect((await callRoute(mostReadRoute, '/api/most-read?section=../x', {})).status).toBe(400);
  });

  it('does not count bots, prefetches, made-up or unpublished stories, and forgets views after 24 hours', async () => {
    const story = await createArticle(db(), { section: 'science' });
    const draft = await createArticle(db(), { section: 'science', status: 'draft' });
    await view(story.id, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
    await view(story.id, { 'user-agent': 'curl/8.5.0' });
    await view(story.id, { 'sec-purpose': 'prefetch;prerender' });
    await view(story.id, { purpose: 'prefetch' });
    await view(draft.id);
    await view(2_000_000_000);
    await flushViews();
    expect(await readMostRead('science')).toEqual([]);

    await view(story.id);
    await flushViews(new Date(Date.now() - 26 * 3600_000)); // counted a day and more ago
    expect(await readMostRead('science')).toEqual([]);
    await view(story.id);
    await flushViews();
    expect((await readMostRead('science')).map((t) => [t.id, t.views])).toEqual([[story.id, 1]]);
    expect(await db().$count(s.articleViews, eq(s.articleViews.articleId, draft.id))).toBe(0);
  });

  it('refuses what is not a story id, and stops counting one address after 60 a minute', async () => {
    for (const bad of ['12', -1, 1.5, null, { id: 1 }, "1; drop table article_views"]) expect((await view(bad)).status, JSON.stringify(bad)).toBe(400);
    const story = await createArticle(db(), { section: 'culture' });
    for (let i = 0; i < 70; i++) await view(story.id, { 'x-forwarded-for': '203.0.113.9' });
    await flushViews();
    expect((await readMostRead('culture'))[0]!.views).toBe(60);
  });
});
