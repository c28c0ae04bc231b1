import { expect, test } from '@playwright/test';
import { fakeHttp } from '../helpers/fake-http';
import { startOwnServer } from './own-server';

/**
 * What a cache tier in front learns from the app: each public answer names its cache tags in Surrogate-Key,
 * personal ones never do, and every write purges its tags at each configured tier, without waiting for it.
 */

const PASSWORD = 'purge-test-password-1';
const ARTICLE = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';

test('public answers name their tags; a write answers while the tier it purges hangs, and the purge is retried', async ({ playwright }) => {
  test.setTimeout(120_000);
  const hanging = await fakeHttp(() => 'hang');
  const server = await startOwnServer({ env: { SEED_DEMO: '1', DEMO_PASSWORD: PASSWORD, CACHE_PURGE_URLS: hanging.url } });
  try {
    const page = await fetch(`${server.base}/politics/${ARTICLE}`);
    expect(page.headers.get('surrogate-key')?.split(' ')).toEqual(expect.arrayContaining([`article:${ARTICLE}`, 'site', 'sections']));
    const thread = await fetch(`${server.base}/api/articles/${ARTICLE}/comments`);
    expect(thread.headers.get('cache-control')).toContain('public');
    expect(thread.headers.get('surrogate-key')?.split(' ')).toEqual(expect.arrayContaining([expect.stringMatching(/^comments:\d+$/), `article:${ARTICLE}`]));
    expect((await fetch(`${server.base}/feed.xml`)).headers.get('surrogate-key')?.split(' ')).toEqual(expect.arrayContaining(['feeds', 'site']));

    const reader = await playwright.request.newContext({ baseURL: server.base });
    const { csrfToken } = await (await reader.get('/api/auth/csrf')).json();
    await reader.post('/api/auth/callback/credentials', { form: { csrfToken, email: 'reader@meridian.example', password: PASSWORD }, maxRedirects: 0 });
    // Signed in, the thread is personal: private, and no keys.
    const own = await reader.get(`/api/articles/${ARTICLE}/comments`);
    expect(own.headers()['cache-control']).toBe('private, no-store');
    expect(own.headers()['surrogate-key']).toBeUndefined();

    const posted = await reader.post(`/api/articles/${ARTICLE}/comments`, { data: { body: 'Posted while the cache tier hangs.' } });
    expect(posted.status()).toBe(201);
    // The write's purge reached the tier, which has not answered it: the write did not wait for it.
    await expect.poll(() => hanging.received.filter((r) => r.method === 'PURGE').length).toBeGreaterThan(0);
    const purge = hanging.received.find((r) => r.method === 'PURGE')!;
    expect(String(purge.headers['xkey-purge']).split(' ')).toEqual(expect.arrayContaining([expect.stringMatching(/^comments:\d+$/)]));
    // After the 5 s timeout the purge is tried again, and the server says so in its log.
    await expect.poll(() => server.log(), { timeout: 30_000 }).toMatch(/\[purge\] varnish 127\.0\.0\.1:\d+: .*retrying/);
    await expect.poll(() => hanging.received.filter((r) => r.method === 'PURGE').length, { timeout: 30_000 }).toBeGreaterThan(1);
    expect((await reader.get(`/api/articles/${ARTICLE}/comments`)).status()).toBe(200);
  } finally {
    await server.stop();
    await hanging.close();
  }
});
