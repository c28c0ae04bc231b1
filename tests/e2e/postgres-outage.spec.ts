import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startOwnServer, type OwnServer } from './own-server';
import { privatePostgres, type PrivatePostgres } from './private-postgres';

/**
 * PostgreSQL stops under load and comes back. On a cluster of the test's own: cached pages keep being served,
 * writes answer 503 with Retry-After (never 500, never half applied), and the app recovers without a restart.
 */

const ADMIN = { name: 'Outage Admin', email: 'outage-admin@example.org', password: 'a long outage passphrase' };
const READER = { name: 'Outage Reader', email: 'outage-reader@example.org', password: 'another long passphrase' };

async function signIn(api: APIRequestContext, who: { email: string; password: string }) {
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  expect((await api.post('/api/auth/callback/credentials', { form: { csrfToken, ...who }, maxRedirects: 0 })).status()).toBe(302);
}

test('PostgreSQL stops under load and comes back: pages keep coming, writes get 503, nothing is lost or half written', async ({ playwright }) => {
  test.setTimeout(240_000);
  let cluster: PrivatePostgres | undefined;
  let server: OwnServer | undefined;
  try {
    cluster = await privatePostgres();
    const admin = new pg.Client({ connectionString: cluster.url('postgres') });
    await admin.connect();
    await admin.query('create database broadsheet');
    await admin.end();
    server = await startOwnServer({
      env: { DATABASE_URL: cluster.url('broadsheet'), NEXTAUTH_SECRET: randomBytes(48).toString('base64url'), RATE_LIMITS: 'off' },
      ready: /Set up this site at \S+token=[\w-]+/,
    });
    const base = server.base;
    const token = /token=([\w-]+)/.exec(server.log())![1];

    // A publication with one story, and a reader.
    const staff = await playwright.request.newContext({ baseURL: base });
    expect((await staff.post('/api/setup', { data: { token, publicationName: 'The Outage Times', admin: ADMIN } })).status()).toBe(201);
    await signIn(staff, ADMIN);
    expect((await staff.post('/api/sections', { data: { name: 'News' } })).status()).toBe(201);
    const draft = (await (await staff.post('/api/newsroom/articles', { data: { headline: 'The night the lights stayed on', section: 'news' } })).json()).article;
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The grid held through the storm.' }] }] };
    const saved = (await (await staff.put(`/api/newsroom/articles/${draft.id}`, { data: { ...draft, body } })).json()).article;
    expect((await staff.post(`/api/newsroom/articles/${saved.id}/publication`, { data: { action: 'publish' } })).status()).toBe(200);
    // Surge protection would premoderate the story (and expire its page) under this test's rate of comments.
    const rules = (await (await staff.get('/api/moderation/settings')).json()).settings;
    const { sections: _sections, ...editable } = rules;
    expect((await staff.put('/api/moderation/settings', { data: { ...editable, surgeCommentsPerMinute: 0, holdFirstComments: false } })).status()).toBe(200);
    const readerApi = await playwright.request.newContext({ baseURL: base });
    expect((await readerApi.post('/api/account', { data: READER })).status()).toBe(201);
    await signIn(readerApi, READER);
    const pages = ['/', saved.url, '/news'];
    for (const page of pages) for (let i = 0; i < 2; i++) expect((await readerApi.get(page)).status()).toBe(200); // cached now

    // Load: readers on the cached pages, a writer posting comments, health checks; the database goes away for a while.
    const tally = { pages: 0, pageErrors: 0, created: [] as string[], refused: [] as string[], retryAfter: 0, other: [] as number[] };
    let phase: 'before' | 'down' | 'after' = 'before';
    const served = { before: 0, down: 0, after: 0 };
    let running = true;
    let n = 0;
    const reader = (async () => {
      while (running) {
        const res = await readerApi.get(pages[n++ % pages.length]!);
        if (res.status() === 200) {
          tally.pages++;
          served[phase]++;
        } else {
          tally.pageErrors++;
          console.log(`page ${res.url()} answered ${res.status()} (${phase})`);
        }
      }
    })();
    const writer = (async () => {
      while (running) {
        const text = `Comment during the outage test ${n++}`;
        const res = await readerApi.post(`/api/articles/${saved.slug}/comments`, { data: { body: text } });
        if (res.status() === 201) tally.created.push(text);
        else if (res.status() === 503) {
          tally.refused.push(text);
          if (res.headers()['retry-after']) tally.retryAfter++;
        } else tally.other.push(res.status());
        await new Promise((r) => setTimeout(r, 50));
      }
    })();

    await new Promise((r) => setTimeout(r, 2_000));
    cluster.stop();
    phase = 'down';
    const downAt = Date.now();
    await new Promise((r) => setTimeout(r, 4_000));
    const health = await readerApi.get('/api/health');
    expect(health.status()).toBe(503);
    expect((await health.json()).db).toBe('down');
    const refusedWhileDown = tally.refused.length;
    cluster.start();
    phase = 'after';
    const upAt = Date.now();
    // The app finds the database again by itself: a write succeeds, health is 200.
    const createdBefore = tally.created.length;
    await expect.poll(() => tally.created.length, { timeout: 30_000 }).toBeGreaterThan(createdBefore);
    const recoveredIn = Date.now() - upAt;
    await expect.poll(async () => (await readerApi.get('/api/health')).status(), { timeout: 10_000 }).toBe(200);
    await new Promise((r) => setTimeout(r, 1_000));
    running = false;
    await Promise.all([reader, writer]);

    // What the database holds: every comment answered 201, none of those answered 503.
    const check = new pg.Client({ connectionString: cluster.url('broadsheet') });
    await check.connect();
    const stored = new Set((await check.query<{ body: string }>("select body from comments where body like 'Comment during the outage test %'")).rows.map((r) => r.body));
    await check.end();
    const lost = tally.created.filter((t) => !stored.has(t));
    const halfWritten = tally.refused.filter((t) => stored.has(t));
    console.log(
      `PostgreSQL outage of ${((upAt - downAt) / 1000).toFixed(1)} s: ${served.down} page requests served during it (${tally.pages} in all, ${tally.pageErrors} failed); ` +
        `${tally.created.length} comments stored, ${tally.refused.length} answered 503 (${refusedWhileDown} while down, ${tally.retryAfter} with Retry-After), ` +
        `other answers ${JSON.stringify(tally.other)}; writes lost ${lost.length}, half written ${halfWritten.length}; recovered ${recoveredIn} ms after the restart`,
    );
    expect(served.down).toBeGreaterThan(20);
    expect(tally.pageErrors).toBe(0);
    expect(refusedWhileDown).toBeGreaterThan(0);
    expect(tally.retryAfter).toBe(tally.refused.length);
    expect(tally.other).toEqual([]);
    expect(lost).toEqual([]);
    expect(halfWritten).toEqual([]);
    // The log says the database was down; it never repeats what readers wrote.
    expect(server.log()).toContain('database unavailable');
    expect(server.log()).not.toContain('Comment during the outage test');
    await staff.dispose();
    await readerApi.dispose();
  } finally {
    if (server) fs.writeFileSync('test-results/postgres-outage-server.log', server.log());
    await server?.stop();
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
    cluster?.destroy();
  }
});
