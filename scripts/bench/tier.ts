/**
 * The benchmark's cache-tier part: two instances on PostgreSQL and Redis behind the Varnish tier
 * (deploy/varnish), started by scripts/cluster/launcher.ts on a fresh demo database.
 *
 * - Through the tier: the article page, the front page and the comments API, each beside the tier serving a
 *   static file of the same size from its cache, in the same run (target: >= 0.80 of its requests/s, p99
 *   within 2x). Readers' browsers ask for gzip, and so does the load here.
 * - The same pages straight from one `next start` (its page cache in Redis), beside its own static file.
 * - Publish → on the front page through the tier: median and worst of 10 (target < 1 s).
 * - Memory of each instance after the load.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import Redis from 'ioredis';
import { missingForCluster, startCluster } from '../cluster/launcher';
import { currentRssMb, load, medianAndMax, peakRssMb, signInCookie, warm, type Measure } from './measure';

const ARTICLE_SLUG = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
const TARGETS = [
  { name: 'article page', path: `/politics/${ARTICLE_SLUG}`, copy: 'article.html' },
  { name: 'front page', path: '/', copy: 'front.html' },
  { name: 'comments API', path: `/api/articles/${ARTICLE_SLUG}/comments`, copy: 'comments.json' },
];
// Served by Next as a static file with a year's Cache-Control (next.config.js), so the tier keeps it too.
const STATIC_DIR = path.resolve('public/demo/__bench');
const GZIP = { 'accept-encoding': 'gzip' };
const PUBLISH_RUNS = 10;

type Pair = { name: string; bytes: number; page: Measure; copy: Measure };
export type TierResult = {
  throughTier: Pair[];
  direct: Pair[];
  publishMs: number[];
  memory: { instance: string; afterLoadMb: number; peakMb: number }[];
};

async function sizedCopies(base: string): Promise<Record<string, number>> {
  fs.rmSync(STATIC_DIR, { recursive: true, force: true });
  fs.mkdirSync(STATIC_DIR, { recursive: true });
  const sizes: Record<string, number> = {};
  for (const t of TARGETS) {
    const body = Buffer.from(await (await fetch(base + t.path)).arrayBuffer());
    fs.writeFileSync(path.join(STATIC_DIR, t.copy), body);
    sizes[t.name] = body.length;
  }
  return sizes;
}

async function pairs(base: string, sizes: Record<string, number>, connections: number, seconds: number): Promise<Pair[]> {
  const out: Pair[] = [];
  for (const t of TARGETS) {
    const copyPath = `/demo/__bench/${t.copy}`;
    await warm(base, [t.path, copyPath], GZIP);
    const page = await load(base + t.path, connections, seconds, { headers: GZIP });
    const copy = await load(base + copyPath, connections, seconds, { headers: GZIP });
    out.push({ name: t.name, bytes: sizes[t.name] ?? 0, page, copy });
    console.log(`  ${t.name}: ${page.rps} req/s (static copy ${copy.rps}), p99 ${page.p99} ms (static ${copy.p99} ms)`);
  }
  return out;
}

/** Runs the part, or says what this machine lacks for it and returns null. */
export async function benchTier(opts: { postgresUrl: string; connections: number; seconds: number }): Promise<TierResult | null> {
  console.log('\n== cache tier: two instances on PostgreSQL + Redis behind Varnish');
  const database = 'broadsheet_bench_tier';
  const databaseUrl = Object.assign(new URL(opts.postgresUrl), { pathname: `/${database}` }).toString();
  const redisUrl = 'redis://127.0.0.1:6379/12';
  const missing = missingForCluster({ ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl });
  if (missing.length > 0) {
    console.log(`  skipped; it needs:\n${missing.map((m) => `    - ${m}`).join('\n')}`);
    return null;
  }
  const admin = new pg.Client({ connectionString: opts.postgresUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
  await admin.end();
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  await redis.quit();
  const password = crypto.randomUUID();
  execFileSync('npm', ['run', '--silent', 'db:seed', '--', '--password', password], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'ignore' });

  const cluster = await startCluster({ instances: 2, env: { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, RATE_LIMITS: 'off' } });
  try {
    const tier = cluster.tier.url;
    const [a] = cluster.instances;
    const sizes = await sizedCopies(a!.url);
    // Next lists public/ when it starts: restart the instances (one at a time, the tier stays up) to serve the copies.
    for (const i of cluster.instances) {
      await i.stop('SIGTERM');
      await i.start();
    }
    await new Promise((r) => setTimeout(r, 1_500)); // the tier's probes see both again

    console.log('  through the tier:');
    const throughTier = await pairs(tier, sizes, opts.connections, opts.seconds);
    console.log('  straight from one instance:');
    const direct = await pairs(a!.url, sizes, opts.connections, opts.seconds);

    const cookie = await signInCookie(a!.url, 'editor@meridian.example', password);
    const post = async (p: string, body: unknown) => {
      const res = await fetch(tier + p, { method: 'POST', headers: { cookie, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { article: { id: number } };
    };
    const publishMs: number[] = [];
    for (let run = 1; run <= PUBLISH_RUNS; run++) {
      const headline = `Tier bench story ${run} ${crypto.randomUUID().slice(0, 8)}`;
      const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Published through the tier, run ${run}.` }] }] };
      const { article } = await post('/api/newsroom/articles', { headline, section: 'climate', body });
      await warm(tier, ['/'], GZIP); // cached in the tier again before each publish
      const t0 = performance.now();
      await post(`/api/newsroom/articles/${article.id}/publication`, { action: 'publish' });
      for (;;) {
        if ((await (await fetch(`${tier}/`)).text()).includes(headline)) break;
        if (performance.now() - t0 > 30_000) throw new Error(`${headline} not on the front page through the tier after 30 s`);
        await new Promise((r) => setTimeout(r, 10));
      }
      publishMs.push(performance.now() - t0);
    }
    const memory = cluster.instances.map((i) => ({ instance: i.url, afterLoadMb: currentRssMb(i.pid()!), peakMb: peakRssMb(i.pid()!) }));
    return { throughTier, direct, publishMs, memory };
  } finally {
    fs.rmSync(STATIC_DIR, { recursive: true, force: true });
    await cluster.stop();
  }
}

export function tierTable(r: TierResult): string {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [`${'cache tier'.padEnd(22)} ${pad('bytes', 7)} ${pad('req/s', 7)} ${pad('p99 ms', 7)} ${pad('static req/s', 12)} ${pad('static p99', 10)} ${pad('rps ratio', 9)} ${pad('p99 ratio', 9)}`];
  for (const [label, rows] of [['through the tier', r.throughTier], ['next start (direct)', r.direct]] as const) {
    for (const row of rows) {
      lines.push(
        `${`${row.name}, ${label === 'through the tier' ? 'tier' : 'direct'}`.padEnd(22)} ${pad(row.bytes, 7)} ${pad(row.page.rps, 7)} ${pad(row.page.p99, 7)} ${pad(row.copy.rps, 12)} ${pad(row.copy.p99, 10)} ${pad((row.page.rps / Math.max(1, row.copy.rps)).toFixed(2), 9)} ${pad((row.page.p99 / Math.max(1, row.copy.p99)).toFixed(2), 9)}${row.page.non2xx || row.page.errors ? `  (${row.page.non2xx} non-2xx, ${row.page.errors} errors!)` : ''}`,
      );
    }
  }
  const { median, max } = medianAndMax(r.publishMs);
  lines.push(`Targets through the tier: >= 0.80 of the static file's req/s, p99 within 2x. Baseline: the same server's static file of the same size.`);
  lines.push(`publish -> on the front page through the tier (${r.publishMs.length} stories): median ${Math.round(median)} ms, worst ${Math.round(max)} ms (target < 1000 ms)`);
  lines.push(`instance memory after the load: ${r.memory.map((m) => `${m.afterLoadMb} MB (peak ${m.peakMb} MB)`).join(', ')}`);
  return lines.join('\n');
}
