/**
 * `npm run bench -- --soak 30m`: a day of newsroom use, compressed. A production server on a fresh demo database
 * (the embedded one, or PostgreSQL with `--soak-db postgres`) gets a mixed workload over HTTP from 8 clients:
 * 90% reads across pages and public APIs, and comments, likes, reports, moderation decisions, stories
 * published and edited, and now and then an image upload (one of them a 16000 × 16000 picture, refused). Every
 * minute it prints resident memory, the JavaScript heap and the memory outside it, and the requests served.
 *
 * Targets (issue 18): the embedded-database server below 400 MB resident throughout, a PostgreSQL one below
 * 250 MB, no growth over the last third of the run beyond 5%, and no errors (5xx or failed requests).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { currentRssMb, signInCookie } from './measure';
import { startServer, stopServer } from './server';

const WORKERS = 8;
const READERS = 20;
const SEARCH_WORDS = ['election', 'harbour', 'storm', 'budget', 'football', 'climate', 'court', 'vote'];

type Sample = { minute: number; rssMb: number; heapUsedMb: number; externalMb: number; arrayBuffersMb: number; requests: number; errors: number };
export type SoakResult = { db: 'pglite' | 'postgres'; minutes: number; samples: Sample[]; requests: number; refused: number; errors: string[]; budgetMb: number };

/** "30m", "90s", "1h" → milliseconds. */
export function durationMs(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(s|m|h)$/.exec(text.trim());
  if (!m) throw new Error(`--soak takes a duration like 30m, 90s or 1h, not "${text}"`);
  return Number(m[1]) * { s: 1_000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
}

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

/** A small JPEG whose header says 16000 × 16000: what the server must refuse without decoding it. */
async function pictureBomb(): Promise<Buffer> {
  const jpeg = Buffer.from(await sharp({ create: { width: 16, height: 16, channels: 3, background: '#345' } }).jpeg().toBuffer());
  const frame = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  jpeg.writeUInt16BE(16_000, frame + 5);
  jpeg.writeUInt16BE(16_000, frame + 7);
  return jpeg;
}

async function prepare(db: 'pglite' | 'postgres', postgresUrl: string, password: string): Promise<{ dataDir: string; env: Record<string, string> }> {
  if (db === 'pglite') {
    const dataDir = path.join(os.tmpdir(), 'broadsheet-bench-soak');
    fs.rmSync(dataDir, { recursive: true, force: true });
    return { dataDir, env: { DEMO_PASSWORD: password, RATE_LIMITS: 'off' } };
  }
  const database = 'broadsheet_bench_soak';
  const url = Object.assign(new URL(postgresUrl), { pathname: `/${database}` }).toString();
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
  await admin.end();
  execFileSync('npm', ['run', '--silent', 'db:seed', '--', '--password', password], { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-bench-soak-pg-'));
  return { dataDir, env: { DATABASE_URL: url, NEXTAUTH_SECRET: crypto.randomUUID() + crypto.randomUUID(), RATE_LIMITS: 'off' } };
}

export async function soak(opts: { db: 'pglite' | 'postgres'; durationMs: number; postgresUrl: string }): Promise<SoakResult> {
  const minutes = Math.round(opts.durationMs / 60_000);
  console.log(`\n== soak: ${minutes} min of mixed use on ${opts.db === 'pglite' ? 'the embedded database' : 'PostgreSQL'}`);
  const password = crypto.randomUUID();
  const { dataDir, env } = await prepare(opts.db, opts.postgresUrl, password);
  const server = await startServer(dataDir, env);
  const base = server.base;
  const pid = server.child.pid!;
  const stats = { requests: 0, refused: 0, errors: [] as string[] };

  async function call(method: string, p: string, init: { cookie?: string; json?: unknown; form?: FormData } = {}) {
    stats.requests++;
    try {
      const res = await fetch(base + p, {
        method,
        headers: { ...(init.cookie && { cookie: init.cookie }), ...(init.json !== undefined && { 'Content-Type': 'application/json' }) },
        body: init.form ?? (init.json !== undefined ? JSON.stringify(init.json) : undefined),
        redirect: 'manual',
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      if (res.status >= 500) stats.errors.push(`${method} ${p}: ${res.status}`);
      else if (res.status >= 400) stats.refused++;
      return { status: res.status, json: () => JSON.parse(text) as Record<string, unknown>, text };
    } catch (err) {
      stats.errors.push(`${method} ${p}: ${(err as Error).message}`);
      return { status: 0, json: (): Record<string, unknown> => ({}), text: '' };
    }
  }

  try {
    // What there is to read: the sitemap's addresses, and the authors and tags the front page links to.
    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const front = await (await fetch(`${base}/`)).text();
    pages.push(...new Set([...front.matchAll(/href="(\/(?:author|tag)\/[^"/?#]+)"/g)].map((m) => m[1]!)));
    const stories = pages.filter((p) => p.split('/').length === 3 && !p.startsWith('/author/') && !p.startsWith('/tag/')).map((p) => p.split('/')[2]!);
    const authors = pages.filter((p) => p.startsWith('/author/')).map((p) => p.split('/')[2]!);
    const commentIds: number[] = [];

    const editor = await signInCookie(base, 'editor@meridian.example', password);
    const readers: string[] = [];
    for (let i = 0; i < READERS; i++) {
      const email = `soak-${i}-${crypto.randomUUID().slice(0, 6)}@example.com`;
      await call('POST', '/api/account', { json: { email, password: 'soak reader password 1', name: `Soak reader ${i}` } });
      readers.push(await signInCookie(base, email, 'soak reader password 1'));
    }
    const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#6a8' } }).jpeg({ quality: 90 }).toBuffer();
    const bomb = await pictureBomb();

    const upload = (bytes: Buffer, name: string) => {
      const form = new FormData();
      form.set('image', new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' }));
      form.set('alt', 'A picture uploaded by the soak');
      return call('POST', '/api/newsroom/media', { cookie: editor, form });
    };

    const actions: [number, () => Promise<unknown>][] = [
      [58, () => call('GET', pick(pages))],
      [5, () => call('GET', `/search?q=${pick(SEARCH_WORDS)}`)],
      [15, async () => {
        const res = await call('GET', `/api/articles/${pick(stories)}/comments`);
        const found = JSON.stringify(res.status === 200 ? res.json() : {}).matchAll(/"id":(\d+),"parentId"/g);
        for (const m of found) if (commentIds.length < 5_000) commentIds.push(Number(m[1]));
      }],
      [6, () => call('GET', `/api/authors/${pick(authors.length ? authors : ['ines-carvalho'])}`)],
      [6, () => call('GET', '/api/settings')],
      [4, () => call('POST', `/api/articles/${pick(stories)}/comments`, { cookie: pick(readers), json: { body: `A soak comment ${crypto.randomUUID()}` } })],
      [2.5, () => (commentIds.length ? call('PUT', `/api/comments/${pick(commentIds)}/like`, { cookie: pick(readers) }) : Promise.resolve())],
      [1, () => (commentIds.length ? call('POST', `/api/comments/${pick(commentIds)}/reports`, { cookie: pick(readers), json: { reason: 'off_topic' } }) : Promise.resolve())],
      [1.5, async () => {
        const queue = await call('GET', `/api/moderation/comments?queue=${pick(['pending', 'reported'])}`, { cookie: editor });
        const first = (queue.status === 200 ? (queue.json().comments as { id: number }[]) : [])[0];
        if (first) await call('POST', `/api/moderation/comments/${first.id}`, { cookie: editor, json: pick([{ action: 'approve' }, { action: 'reject', reason: 'off_topic' }]) });
      }],
      [0.5, async () => {
        const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Filed during the soak.' }] }] };
        const created = await call('POST', '/api/newsroom/articles', { cookie: editor, json: { headline: `Soak story ${crypto.randomUUID().slice(0, 8)}`, section: 'climate', body } });
        if (created.status !== 201) return;
        const { article } = created.json() as { article: { id: number; slug: string } };
        await call('POST', `/api/newsroom/articles/${article.id}/publication`, { cookie: editor, json: { action: 'publish' } });
        stories.push(article.slug);
      }],
      [0.5, async () => {
        const list = await call('GET', '/api/newsroom/articles?state=published', { cookie: editor });
        const first = (list.status === 200 ? (list.json().rows as { id: number }[]) : [])[0];
        if (!first) return;
        const loaded = await call('GET', `/api/newsroom/articles/${first.id}`, { cookie: editor });
        if (loaded.status !== 200) return;
        const { article } = loaded.json() as { article: Record<string, unknown> };
        await call('PUT', `/api/newsroom/articles/${first.id}`, { cookie: editor, json: { ...article, dek: `Edited during the soak ${new Date().toISOString()}` } });
      }],
    ];
    const total = actions.reduce((n, [w]) => n + w, 0);
    const next = () => {
      let r = Math.random() * total;
      for (const [w, act] of actions) if ((r -= w) < 0) return act;
      return actions[0]![1];
    };

    const started = Date.now();
    const until = started + opts.durationMs;
    const samples: Sample[] = [];
    const sample = async (minute: number) => {
      // The server's own figures (process.memoryUsage(), through /api/health); resident memory from /proc.
      const health = (await (await fetch(`${base}/api/health`)).json()) as { memory: { heapUsedMb: number; externalMb: number; arrayBuffersMb: number } };
      const { heapUsedMb, externalMb, arrayBuffersMb } = health.memory;
      const s = { minute, rssMb: currentRssMb(pid), heapUsedMb, externalMb, arrayBuffersMb, requests: stats.requests, errors: stats.errors.length };
      samples.push(s);
      console.log(`  ${String(minute).padStart(3)} min  rss ${String(s.rssMb).padStart(4)} MB  heap ${s.heapUsedMb} MB  external ${s.externalMb} MB (array buffers ${s.arrayBuffersMb})  requests ${s.requests}  errors ${s.errors}`);
    };
    await sample(0);
    let minute = 0;
    const ticker = setInterval(() => {
      if (++minute < minutes) void sample(minute);
    }, 60_000);
    // A few uploads: a photo every five minutes, and once the 16000 × 16000 picture, which must be refused.
    const uploads = setInterval(() => void upload(photo, 'photo.jpg'), 5 * 60_000);
    void upload(bomb, 'bomb.jpg').then((r) => {
      if (r.status !== 413) stats.errors.push(`the 16000 × 16000 picture answered ${r.status}, not 413`);
    });
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        while (Date.now() < until) await next()();
      }),
    );
    clearInterval(ticker);
    clearInterval(uploads);
    await sample(minutes);
    return { db: opts.db, minutes, samples, requests: stats.requests, refused: stats.refused, errors: stats.errors, budgetMb: opts.db === 'pglite' ? 400 : 250 };
  } finally {
    await stopServer(server.child);
  }
}

export function soakTable(r: SoakResult): string {
  const max = Math.max(...r.samples.map((s) => s.rssMb));
  const last = r.samples.at(-1)!;
  const third = r.samples.find((s) => s.minute >= Math.round((r.minutes * 2) / 3)) ?? r.samples[0]!;
  const growth = ((last.rssMb - third.rssMb) / third.rssMb) * 100;
  const lines = [`soak, ${r.db}, ${r.minutes} min: minute, resident, heap, external (array buffers), requests`];
  for (const s of r.samples) lines.push(`  ${String(s.minute).padStart(3)}  ${String(s.rssMb).padStart(4)} MB  ${String(s.heapUsedMb).padStart(6)} MB  ${String(s.externalMb).padStart(6)} MB (${s.arrayBuffersMb})  ${s.requests}`);
  lines.push(
    `  peak resident ${max} MB (budget ${r.budgetMb} MB: ${max < r.budgetMb ? 'met' : 'MISSED'}); last third ${third.rssMb} -> ${last.rssMb} MB, ${growth >= 0 ? '+' : ''}${growth.toFixed(1)}% (budget 5%: ${Math.abs(growth) <= 5 ? 'met' : 'MISSED'})`,
    `  ${r.requests} requests, ${r.refused} refused as the API should (4xx), ${r.errors.length} errors${r.errors.length ? `: ${[...new Set(r.errors)].slice(0, 5).join('; ')}` : ''}`,
  );
  return lines.join('\n');
}
