import { execFileSync } from 'node:child_process';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signedInApi } from './helpers';
import pg from 'pg';
import Redis from 'ioredis';
import { startCluster, type Cluster, type Instance } from '../../scripts/cluster/launcher';

/**
 * Two `next start` instances on one PostgreSQL and one Redis, behind the Varnish tier of deploy/varnish
 * (started here, on free ports): what one instance does, the other and the tier show within a second, and
 * the tier keeps answering readers while instances die, restart, or are all gone.
 */

const PASSWORD = 'cluster-test-password-1';
const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const database = `broadsheet_cluster_${process.pid}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
const redisUrl = `${(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379').replace(/\/\d*$/, '')}/9`;
const ARTICLE = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';

test.describe.configure({ mode: 'serial' });

let cluster: Cluster;
let A: Instance;
let B: Instance;
let tier: string;

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const query = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
};

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await admin(async (c) => {
    await c.query(`drop database if exists ${database}`);
    await c.query(`create database ${database}`);
  });
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  await redis.quit();
  // The demo newsroom on the new database (migrations, accounts, stories, comments).
  execFileSync('npm', ['run', '--silent', 'db:seed', '--', '--password', PASSWORD], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'ignore' });
  cluster = await startCluster({ instances: 2, env: { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl } });
  [A, B] = cluster.instances as [Instance, Instance];
  tier = cluster.tier.url;
});

test.afterAll(async () => {
  await cluster?.stop();
  await admin((c) => c.query(`drop database if exists ${database} with (force)`)).catch(() => {});
});

/** A session for `email`, signed in on `base`; its cookie goes to every instance and the tier (same host). */
const signedIn = (playwright: Parameters<typeof signedInApi>[0], base: string, email: string) => signedInApi(playwright, base, email, PASSWORD);

/** An anonymous read: no cookies. */
const read = (url: string) => fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
const text = async (url: string) => (await read(url)).text();

/** Until `seen` holds (or 5 s); how long it took, in ms. */
async function msUntil(seen: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await seen())) {
    if (Date.now() - started > 5_000) return Infinity;
    await new Promise((r) => setTimeout(r, 25));
  }
  return Date.now() - started;
}

/** Reads `url` through the tier until the tier answers from its cache. */
async function cachedInTier(url: string) {
  for (let i = 0; i < 20; i++) {
    if ((await read(`${tier}${url}`)).headers.get('x-cache') === 'HIT') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} was never stored by the tier`);
}

async function draftStory(editor: APIRequestContext, headline: string) {
  const created = await editor.post(`${A.url}/api/newsroom/articles`, { data: { headline, section: 'world' } });
  expect(created.status()).toBe(201);
  const article = (await created.json()).article;
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Filed from the cluster test.' }] }] };
  const saved = await editor.put(`${A.url}/api/newsroom/articles/${article.id}`, { data: { ...article, body } });
  expect(saved.status()).toBe(200);
  return (await saved.json()).article as { id: number; slug: string; headline: string };
}

test('a story published on A is on the front page through the tier and on B within a second', async ({ playwright }) => {
  const editor = await signedIn(playwright, A.url, 'editor@meridian.example');
  const story = await draftStory(editor, `Cluster desk files its first story ${Date.now()}`);
  // Both already hold the front page: the tier in its cache, B in the shared one.
  await cachedInTier('/');
  expect(await text(`${B.url}/`)).not.toContain(story.headline);

  expect((await editor.post(`${A.url}/api/newsroom/articles/${story.id}/publication`, { data: { action: 'publish' } })).status()).toBe(200);
  const [throughTier, onB] = await Promise.all([
    msUntil(async () => (await text(`${tier}/`)).includes(story.headline)),
    msUntil(async () => (await text(`${B.url}/`)).includes(story.headline)),
  ]);
  console.log(`publish on A → front page through the tier ${throughTier} ms, on B ${onB} ms`);
  expect(throughTier).toBeLessThanOrEqual(1_000);
  expect(onB).toBeLessThanOrEqual(1_000);
  expect((await read(`${tier}/world/${story.slug}`)).status).toBe(200);
});

test('a live blog entry posted on A reaches a reader polling B, and one polling through the tier, within two seconds', async ({ playwright }) => {
  const editor = await signedIn(playwright, A.url, 'editor@meridian.example');
  const story = await draftStory(editor, `Cluster storm live ${Date.now()}`);
  expect((await editor.post(`${A.url}/api/newsroom/articles/${story.id}/publication`, { data: { action: 'publish' } })).status()).toBe(200);
  expect((await editor.post(`${A.url}/api/newsroom/articles/${story.id}/live`, { data: { action: 'start' } })).status()).toBe(200);
  // Readers on B and behind the tier are polling (their answers cached: B's in the shared cache, the tier's for 2 s).
  const poll = (base: string) => read(`${base}/api/articles/${story.slug}/live`).then((r) => r.json() as Promise<{ entries: { headline: string | null }[] }>);
  expect((await poll(B.url)).entries).toEqual([]);
  expect((await poll(tier)).entries).toEqual([]);

  const headline = `Sea wall breached at ${Date.now()}`;
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Water is in the harbour road.' }] }] };
  expect((await editor.post(`${A.url}/api/newsroom/articles/${story.id}/live-entries`, { data: { headline, body } })).status()).toBe(201);
  const has = async (base: string) => (await poll(base)).entries.some((e) => e.headline === headline);
  const [onB, throughTier] = await Promise.all([msUntil(() => has(B.url)), msUntil(() => has(tier))]);
  console.log(`live entry posted on A → polled on B ${onB} ms, through the tier ${throughTier} ms`);
  expect(onB).toBeLessThanOrEqual(1_000);
  expect(throughTier).toBeLessThanOrEqual(2_000);
});

test('a correction made on B shows on the story through the tier within a second', async ({ playwright }) => {
  const editor = await signedIn(playwright, B.url, 'editor@meridian.example');
  const [{ id }] = (await query<{ id: number }>("select id from articles where slug = $1", [ARTICLE])) as [{ id: number }];
  await cachedInTier(`/politics/${ARTICLE}`);
  const correction = `An earlier version gave the wrong vote count (${Date.now()}).`;
  const res = await editor.post(`${B.url}/api/newsroom/articles/${id}/updates`, { data: { kind: 'correction', body: correction } });
  expect(res.status()).toBe(201);
  const ms = await msUntil(async () => (await text(`${tier}/politics/${ARTICLE}`)).includes(correction));
  console.log(`correction on B → through the tier ${ms} ms`);
  expect(ms).toBeLessThanOrEqual(1_000);
});

test('a comment a moderator rejects on A is gone from B’s comments API and the tier’s within a second', async ({ playwright }) => {
  const reader = await signedIn(playwright, A.url, 'reader@meridian.example');
  const posted = await reader.post(`${A.url}/api/articles/${ARTICLE}/comments`, { data: { body: `Seen from both instances ${Date.now()}` } });
  expect(posted.status()).toBe(201);
  const { comment } = await posted.json();
  expect(comment.status).toBe('approved');
  const api = `/api/articles/${ARTICLE}/comments`;
  const shows = async (base: string) => JSON.stringify(await (await read(`${base}${api}`)).json()).includes(`"id":${comment.id},`);
  expect(await msUntil(() => shows(B.url))).toBeLessThanOrEqual(1_000);
  expect(await msUntil(() => shows(tier))).toBeLessThanOrEqual(1_000);
  await cachedInTier(api);

  const editor = await signedIn(playwright, A.url, 'editor@meridian.example');
  const decided = await editor.post(`${A.url}/api/moderation/comments/${comment.id}`, { data: { action: 'reject', reason: 'off_topic' } });
  expect(decided.status()).toBe(200);
  const [fromB, fromTier] = await Promise.all([msUntil(async () => !(await shows(B.url))), msUntil(async () => !(await shows(tier)))]);
  console.log(`reject on A → gone from B ${fromB} ms, from the tier ${fromTier} ms`);
  expect(fromB).toBeLessThanOrEqual(1_000);
  expect(fromTier).toBeLessThanOrEqual(1_000);
});

test('a ban and a demotion on A: B refuses that user’s next write', async ({ playwright }) => {
  const [reader] = await query<{ id: number }>(`select id from users where email = 'reader@meridian.example'`);
  const [author] = await query<{ id: number }>(`select id from users where email = 'ines@meridian.example'`);
  const readerApi = await signedIn(playwright, B.url, 'reader@meridian.example');
  const authorApi = await signedIn(playwright, B.url, 'ines@meridian.example');
  // B has read both accounts (and cached them) by a first write each.
  expect((await readerApi.post(`${B.url}/api/articles/${ARTICLE}/comments`, { data: { body: 'Posted before the ban' } })).status()).toBe(201);
  expect((await authorApi.post(`${B.url}/api/newsroom/articles`, { data: { headline: 'Draft before the demotion', section: 'world' } })).status()).toBe(201);

  const admin = await signedIn(playwright, A.url, 'admin@meridian.example');
  expect((await admin.post(`${A.url}/api/moderation/users/${reader!.id}/ban`, { data: { reason: 'Spam' } })).status()).toBe(200);
  expect((await admin.put(`${A.url}/api/users/${author!.id}/role`, { data: { role: 'reader' } })).status()).toBe(200);

  const refused = await readerApi.post(`${B.url}/api/articles/${ARTICLE}/comments`, { data: { body: 'Posted after the ban' } });
  // A ban also ends the user's sessions: B no longer knows the session at all.
  expect(refused.status()).toBe(401);
  const demoted = await authorApi.post(`${B.url}/api/newsroom/articles`, { data: { headline: 'Draft after the demotion', section: 'world' } });
  expect(demoted.status()).toBe(401); // a role change ends the sessions too
  // Signed in again on B, now as a reader: the newsroom is closed to them.
  const again = await signedIn(playwright, B.url, 'ines@meridian.example');
  const asReader = await again.post(`${B.url}/api/newsroom/articles`, { data: { headline: 'Draft after the demotion', section: 'world' } });
  expect(asReader.status()).toBe(403);
  expect(await query(`select 1 from comments where body = 'Posted after the ban'`)).toHaveLength(0);
  expect(await query(`select 1 from articles where headline = 'Draft after the demotion'`)).toHaveLength(0);
});

test('a scheduled story goes out exactly once with two instances', async ({ playwright }) => {
  test.setTimeout(60_000);
  const editor = await signedIn(playwright, A.url, 'editor@meridian.example');
  const story = await draftStory(editor, `Scheduled for both instances ${Date.now()}`);
  const at = new Date(Date.now() + 6_000);
  const scheduled = await editor.post(`${A.url}/api/newsroom/articles/${story.id}/publication`, { data: { action: 'schedule', at: at.toISOString() } });
  expect(scheduled.status()).toBe(200);
  await expect.poll(async () => (await read(`${tier}/world/${story.slug}`)).status, { timeout: 30_000, intervals: [250] }).toBe(200);
  // Both schedulers ran past the time; one of them published it, once.
  await new Promise((r) => setTimeout(r, 6_000));
  const published = await query<{ note: string }>(`select note from article_revisions where article_id = $1 and note = 'Published on schedule'`, [story.id]);
  expect(published).toHaveLength(1);
  const [row] = await query<{ published_at: Date }>('select published_at from articles where id = $1', [story.id]);
  expect(row!.published_at.toISOString()).toBe(at.toISOString());
});

test('rate limits are shared: sign-ups from one address are counted across both instances', async () => {
  const signUp = (base: string, n: number) =>
    fetch(`${base}/api/account`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.77' },
      body: JSON.stringify({ email: `cluster-${n}-${Date.now()}@example.com`, password: 'a long enough password 1', name: `Cluster ${n}` }),
    });
  const statuses: number[] = [];
  for (let n = 0; n < 6; n++) statuses.push((await signUp(n % 2 === 0 ? A.url : B.url, n)).status);
  // Five an hour from one address: three on A and two on B use them up; the sixth is refused wherever it goes.
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  expect((await signUp(A.url, 7)).status).toBe(429);
});

test('signed-in and staff answers are never stored by the tier; anonymous ones are', async ({ playwright }) => {
  const editor = await signedIn(playwright, tier, 'editor@meridian.example');
  for (let i = 0; i < 2; i++) {
    const newsroom = await editor.get('/newsroom');
    expect(newsroom.status()).toBe(200);
    expect(newsroom.headers()['x-cache']).toBe('PASS');
    const thread = await editor.get(`/api/articles/${ARTICLE}/comments`);
    expect(thread.headers()['x-cache']).toBe('PASS');
    expect(await thread.json()).toHaveProperty('viewer');
  }
  // What an anonymous reader gets from the same address is the public thread, never the editor's copy.
  await cachedInTier(`/api/articles/${ARTICLE}/comments`);
  const anonymous = await read(`${tier}/api/articles/${ARTICLE}/comments`);
  expect(await anonymous.json()).not.toHaveProperty('viewer');
  // An anonymous answer marked private is passed on, not kept.
  for (let i = 0; i < 2; i++) expect((await read(`${tier}/search?q=harbour`)).headers.get('x-cache')).not.toBe('HIT');
  // And nobody but the app instances may purge.
  const purge = await new Promise<number>((resolve, reject) => {
    import('node:http').then(({ request }) => {
      const req = request(`${tier}/`, { method: 'PURGE', headers: { 'xkey-purge': 'front' }, localAddress: '127.0.0.2' }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
  });
  expect(purge).toBe(403);
});

/** Reads through the tier from `workers` loops until stopped: pages (cached) and answers the tier must fetch. */
function readLoad(workers = 6) {
  const results = { ok: 0, failed: [] as string[] };
  let running = true;
  const urls = ['/', `/politics/${ARTICLE}`, '/api/ping', `/api/articles/${ARTICLE}/comments`];
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let i = 0; running; i++) {
      // Every other read misses the tier: the search page is private, so it always reaches an instance.
      const url = i % 2 === 0 ? urls[(i / 2 + w) % urls.length]! : `/search?q=w${w}r${i}`;
      try {
        const res = await fetch(`${tier}${url}`, { signal: AbortSignal.timeout(15_000) });
        await res.arrayBuffer();
        if (res.status >= 500) results.failed.push(`${url} ${res.status}`);
        else results.ok++;
      } catch (err) {
        results.failed.push(`${url} ${(err as Error).message}`);
      }
    }
  });
  return { results, stop: async () => ((running = false), await Promise.all(loops), results) };
}

test('SIGKILL of A under read load: no read through the tier fails; A restarts and serves again', async () => {
  test.setTimeout(120_000);
  const load = readLoad();
  await new Promise((r) => setTimeout(r, 1_500));
  await A.stop('SIGKILL');
  await new Promise((r) => setTimeout(r, 3_000));
  const { ok, failed } = await load.stop();
  console.log(`kill -9 of A: ${ok} reads answered through the tier, ${failed.length} failed`);
  expect(failed).toEqual([]);
  expect(ok).toBeGreaterThan(50);

  await A.start();
  expect((await read(`${A.url}/politics/${ARTICLE}`)).status).toBe(200);
});

test('a rolling restart of both instances: no 5xx through the tier', async () => {
  test.setTimeout(180_000);
  const load = readLoad();
  for (const instance of [A, B]) {
    await new Promise((r) => setTimeout(r, 2_000)); // the tier's probe sees the other one healthy again
    await instance.stop('SIGTERM');
    await instance.start();
  }
  await new Promise((r) => setTimeout(r, 2_000));
  const { ok, failed } = await load.stop();
  console.log(`rolling restart: ${ok} reads answered through the tier, ${failed.length} failed`);
  expect(failed).toEqual([]);
});

test('with every instance down, the tier keeps serving the pages it has, even past their s-maxage', async () => {
  test.setTimeout(60_000);
  const api = `/api/articles/${ARTICLE}/comments`;
  await cachedInTier(`/politics/${ARTICLE}`);
  await cachedInTier(api);
  await Promise.all([A.stop('SIGTERM'), B.stop('SIGTERM')]);
  const page = await read(`${tier}/politics/${ARTICLE}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('Emergency powers bill');
  // The comments API is kept for 10 s; past that, the tier serves its copy in grace while no instance answers.
  await new Promise((r) => setTimeout(r, 11_000));
  const thread = await read(`${tier}${api}`);
  expect(thread.status).toBe(200);
  expect((await thread.json()).comments.length).toBeGreaterThan(0);
});
