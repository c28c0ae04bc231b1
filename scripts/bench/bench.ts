/**
 * `npm run bench`: production build, then `next start` on a free port, measured with autocannon on the pages
 * and API routes readers hit, each beside a baseline served by the same server in the same run:
 * a static file of the same size (pages) or an empty route handler (APIs). Done on the demo data, on 1,000
 * articles (the budget's reference size, DESIGN.md §6) and on a large generated set (100k articles and 1M
 * comments by default); generated sets are kept in the temp folder for later runs. Prints a table, writes
 * bench-results/*.json.
 *
 * Then the comments API on a story with 10,000 comments, on PGlite and on PostgreSQL: GET at 8 and 32
 * concurrent readers, the moderators' pending queue holding 100,000 comments, and POST throughput by 50 regular
 * commenters, beside the empty route handler at the same concurrency, and a check that the story's count
 * equals the comments accepted.
 *
 * Then publishing: an editor publishes stories through the API while an anonymous reader polls the cached
 * front page; the time until the story shows there (target < 1 s) beside the time of one cached front-page
 * request, and whether pages the story is not on stayed in the page cache (x-nextjs-cache: HIT).
 *
 * Then the cache tier (scripts/bench/tier.ts): two instances on PostgreSQL + Redis behind Varnish, pages through
 * the tier beside the tier serving a static file of the same size, publish → visible through the tier, memory.
 *
 * `--backup` runs the backup benchmark instead (scripts/bench/backup.ts): reads during back-to-back backups beside
 * reads at rest, and a backup and a restore beside tar, on the demo and on the 1,000-article set.
 *
 * `--mail` runs the email benchmark instead (scripts/bench/mail.ts): "Forgot password?" for known beside unknown
 * addresses, and replies with the SMTP server up beside down.
 *
 * `--newsletter` runs the newsletter benchmark instead (scripts/bench/newsletter.ts): an issue queued and sent
 * to 10,000 subscribers beside nodemailer alone sending the same email, and the server's memory meanwhile.
 *
 * Then Lighthouse (scripts/bench/lighthouse.ts): the front page, a section, a story with comments and a search on
 * phones, median of three runs each, beside the same HTML served as a static file. `--lighthouse` runs only that.
 *
 * `--soak 30m` runs the soak instead (scripts/bench/soak.ts): mixed use for that long, memory every minute;
 * `--soak-db pglite|postgres|both`.
 *
 * Flags: --skip-build  --duration 10  --connections 32  --articles 100000  --comments 1000000  --small-only
 *        --skip-pages  --skip-comments  --skip-publishing  --skip-tier  --skip-lighthouse  --postgres-url postgres://…/postgres
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { currentRssMb, load, measureOf, medianAndMax, peakRssMb, signInCookie, warm, type Measure } from './measure';
import { benchEnv, startServer, stopServer } from './server';
import { durationMs, soak, soakTable } from './soak';
import { backupTable, benchBackup } from './backup';
import { benchMail, mailTable } from './mail';
import { benchNewsletter, newsletterTable } from './newsletter';
import { benchTier, tierTable, type TierResult } from './tier';
import { benchLighthouse, lighthouseTable, type LighthouseRow } from './lighthouse';
import { encode } from 'next-auth/jwt';
import pg from 'pg';

const { values: flags } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'small-only': { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    articles: { type: 'string', default: '100000' },
    comments: { type: 'string', default: '1000000' },
    'skip-pages': { type: 'boolean', default: false },
    'skip-comments': { type: 'boolean', default: false },
    'skip-publishing': { type: 'boolean', default: false },
    'skip-tier': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    soak: { type: 'string' },
    backup: { type: 'boolean', default: false },
    mail: { type: 'boolean', default: false },
    newsletter: { type: 'boolean', default: false },
    'soak-db': { type: 'string', default: 'pglite' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const DURATION = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
const ARTICLE = '/politics/emergency-powers-bill-passes-second-reading-by-eleven-votes';
const STATIC_DIR = path.resolve('public/__bench');
const CHROMIUM = '/usr/bin/chromium';


type Target = { name: string; path: string; baseline: 'static' | 'empty' };
const TARGETS: Target[] = [
  { name: 'article page', path: ARTICLE, baseline: 'static' },
  { name: 'front page', path: '/', baseline: 'static' },
  { name: 'section page', path: '/world', baseline: 'static' },
  { name: 'search', path: '/search?q=election', baseline: 'static' },
  { name: 'comments API', path: `/api/articles/${ARTICLE.split('/').at(-1)}/comments`, baseline: 'empty' },
  { name: 'author API', path: '/api/authors/ines-carvalho', baseline: 'empty' },
];

type Row = { name: string; path: string; target: Measure; baseline: Measure; baselineKind: string; bytes: number };

/** Static copies of each page, byte for byte the same size, so the server's static path is the baseline. */
async function writeStaticCopies(base: string) {
  fs.rmSync(STATIC_DIR, { recursive: true, force: true });
  fs.mkdirSync(STATIC_DIR, { recursive: true });
  const sizes: Record<string, number> = {};
  for (const t of TARGETS) {
    const body = Buffer.from(await (await fetch(base + t.path)).arrayBuffer());
    sizes[t.name] = body.length;
    fs.writeFileSync(path.join(STATIC_DIR, `${slug(t.name)}.html`), body);
  }
  return sizes;
}

const slug = (s: string) => s.replace(/\W+/g, '-');

/**
 * The article page's JavaScript, gzipped: all of it, what it loads beyond the 404 page (the framework), and
 * what the comment area adds when a reader scrolls to it (loaded on demand; measured in Chromium when present).
 */
async function articleJs(base: string) {
  const scripts = async (p: string) => {
    const html = await (await fetch(base + p)).text();
    return new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!));
  };
  const gzipped = async (src: string) => gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  const [article, framework] = await Promise.all([scripts(ARTICLE), scripts('/no-such-page-for-bench')]);
  let total = 0;
  let own = 0;
  for (const src of article) {
    const size = await gzipped(src);
    total += size;
    if (!framework.has(src)) own += size;
  }
  let commentsKb: number | null = null;
  if (fs.existsSync(CHROMIUM)) {
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    const loaded = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') loaded.add(new URL(r.url()).pathname);
    });
    await page.goto(base + ARTICLE);
    await page.locator('#comments').scrollIntoViewIfNeeded();
    await page.getByTestId('comment-thread').waitFor();
    await browser.close();
    let extra = 0;
    for (const src of loaded) if (!article.has(src) && !framework.has(src)) extra += await gzipped(src);
    commentsKb = +(extra / 1024).toFixed(1);
  }
  return { totalKb: +(total / 1024).toFixed(1), beyondFrameworkKb: +(own / 1024).toFixed(1), commentsOnDemandKb: commentsKb };
}

async function benchDataset(label: string, dataDir: string) {
  console.log(`\n== ${label} data (${dataDir})`);
  let server = await startServer(dataDir);
  const sizes = await writeStaticCopies(server.base);
  await stopServer(server.child);
  server = await startServer(dataDir); // public/ is read at start: restart so the copies are served
  const pid = server.child.pid!;
  const rssIdle = currentRssMb(pid);
  await warm(server.base, [...TARGETS.map((t) => t.path), '/api/ping']);

  const rows: Row[] = [];
  for (const t of TARGETS) {
    const baselinePath = t.baseline === 'static' ? `/__bench/${slug(t.name)}.html` : '/api/ping';
    const target = await load(server.base + t.path, CONNECTIONS, DURATION);
    const baseline = await load(server.base + baselinePath, CONNECTIONS, DURATION);
    rows.push({ name: t.name, path: t.path, target, baseline, baselineKind: t.baseline === 'static' ? 'static file, same size' : 'empty route handler', bytes: sizes[t.name] ?? 0 });
    console.log(`  ${t.name}: ${target.rps} req/s (baseline ${baseline.rps}), p50 ${target.p50} ms, p99 ${target.p99} ms`);
  }
  const js = label === 'demo' ? await articleJs(server.base) : undefined;
  const memory = { idleMb: rssIdle, afterLoadMb: currentRssMb(pid), peakMb: peakRssMb(pid) };
  await stopServer(server.child);
  return { rows, memory, js };
}

/** A generated data set on top of the demo: `articles` and `comments` more, made once and kept. */
function ensureGeneratedData(dir: string, articles: number, comments: number) {
  const marker = path.join(dir, `generated-${articles}-${comments}`);
  if (fs.existsSync(marker)) return;
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`Generating ${articles} articles and ${comments} comments in ${dir} (once; kept for later runs)…`);
  const r = spawnSync('npm', ['run', '-s', 'db:seed', '--', '--articles', String(articles), '--comments', String(comments)], {
    stdio: 'inherit',
    env: { ...benchEnv, DATA_DIR: dir, NODE_ENV: 'development' } as NodeJS.ProcessEnv,
  });
  if (r.status !== 0) throw new Error('data generation failed');
  fs.writeFileSync(marker, new Date().toISOString());
}

// ---- Comments API on a busy thread (issue: comments at scale) ----

const THREAD_SLUG = ARTICLE.split('/').at(-1)!;
const THREAD_COMMENTS = 10_000;
const POSTS_PER_RUN = 600;
const PENDING_COMMENTS = 100_000;
type CommentRow = { db: string; what: string; connections: number; target: Measure; baseline: Measure };
type CommentsResult = { rows: CommentRow[]; accepted: number; totalBefore: number; totalAfter: number; memory: { peakMb: number } };

/** A database with the demo newsroom and a 10,000-comment thread: embedded under a temp folder, or a fresh PostgreSQL database. */
async function prepareBusyThread(
  kind: 'pglite' | 'postgres',
): Promise<{ dbEnv: Record<string, string>; dataDir: string; posters: number[]; moderator: number }> {
  const dataDir = path.join(os.tmpdir(), `broadsheet-bench-thread-${kind}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const dbEnv: Record<string, string> = { DATA_DIR: dataDir };
  if (kind === 'postgres') {
    const admin = new pg.Client({ connectionString: flags['postgres-url'] });
    await admin.connect();
    await admin.query('drop database if exists broadsheet_bench with (force)');
    await admin.query('create database broadsheet_bench');
    await admin.end();
    const url = new URL(flags['postgres-url']!);
    url.pathname = '/broadsheet_bench';
    dbEnv.DATABASE_URL = url.toString();
  }
  const postersFile = path.join(dataDir, 'posters.json');
  const r = spawnSync(
    'npm',
    [
      ...['run', '-s', 'db:seed', '--', '--busy-thread', THREAD_SLUG, '--thread-comments', String(THREAD_COMMENTS)],
      ...['--pending-queue', String(PENDING_COMMENTS), '--posters-out', postersFile],
    ],
    { stdio: 'inherit', env: { ...benchEnv, ...dbEnv, NODE_ENV: 'development' } as NodeJS.ProcessEnv },
  );
  if (r.status !== 0) throw new Error('seeding the busy thread failed');
  return { dbEnv, dataDir, ...(JSON.parse(fs.readFileSync(postersFile, 'utf8')) as { posters: number[]; moderator: number }) };
}

async function threadTotal(base: string): Promise<number> {
  const res = await fetch(`${base}/api/articles/${THREAD_SLUG}/comments?limit=1`);
  return ((await res.json()) as { total: number }).total;
}

async function benchComments(kind: 'pglite' | 'postgres'): Promise<CommentsResult> {
  console.log(`\n== comments API, ${THREAD_COMMENTS.toLocaleString('en-GB')}-comment thread on ${kind}`);
  const { dbEnv, dataDir, posters, moderator } = await prepareBusyThread(kind);
  // Rate limits off: this measures the server, not the limiter. The session secret exists for this run only.
  const secret = crypto.randomUUID();
  const server = await startServer(dataDir, { ...dbEnv, RATE_LIMITS: 'off', NEXTAUTH_SECRET: secret });
  const getUrl = `${server.base}/api/articles/${THREAD_SLUG}/comments`;
  const ping = `${server.base}/api/ping`;
  await warm(server.base, [`/api/articles/${THREAD_SLUG}/comments`, '/api/ping']);
  const rows: CommentRow[] = [];
  const baselines = new Map<number, Measure>();
  for (const connections of [8, 32]) {
    const target = await load(getUrl, connections, DURATION);
    const baseline = await load(ping, connections, DURATION);
    baselines.set(connections, baseline);
    rows.push({ db: kind, what: 'GET comments', connections, target, baseline });
    console.log(`  GET @${connections}: ${target.rps} req/s (empty handler ${baseline.rps}), p99 ${target.p99} ms (empty ${baseline.p99} ms)`);
  }

  // The moderators' pending queue (100,000 held comments), with an editor's session, against the same budget.
  // Sessions as next-auth makes them: an id of their own (`sid`, so one can be ended) and the user's session version.
  const editorCookie = `next-auth.session-token=${await encode({ token: { uid: moderator, role: 'editor', sub: String(moderator), sid: crypto.randomUUID(), sv: 0 }, secret })}`;
  const queueUrl = `${server.base}/api/moderation/comments?queue=pending`;
  await fetch(queueUrl, { headers: { cookie: editorCookie } });
  for (const connections of [8, 32]) {
    const target = await load(queueUrl, connections, DURATION, { headers: { cookie: editorCookie } });
    rows.push({ db: kind, what: 'GET queue', connections, target, baseline: baselines.get(connections)! });
    console.log(`  pending queue @${connections}: ${target.rps} req/s, p99 ${target.p99} ms, ${target.non2xx} non-2xx`);
  }

  // POST: 50 regular commenters (each already has a published comment, so nothing is held as a first comment).
  const cookies = await Promise.all(
    posters.map(async (uid) => `next-auth.session-token=${await encode({ token: { uid, role: 'reader', sub: String(uid), sid: crypto.randomUUID(), sv: 0 }, secret })}`),
  );
  const totalBefore = await threadTotal(server.base);
  let n = 0;
  let accepted = 0;
  for (const connections of [8, 32]) {
    // A fixed number of posts rather than a duration, so every request's answer is counted.
    const result = await autocannon({
      url: getUrl,
      connections,
      amount: POSTS_PER_RUN,
      pipelining: 1,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => {
            n++;
            return {
              ...req,
              headers: { 'content-type': 'application/json', cookie: cookies[n % cookies.length]!, 'x-forwarded-for': `10.0.${n % 250}.1` },
              body: JSON.stringify({ body: `Benchmark comment ${n}: a considered view on the story, with no links.` }),
            };
          },
        },
      ],
    });
    accepted += result.statusCodeStats?.['201']?.count ?? 0;
    const target = measureOf(result);
    rows.push({ db: kind, what: 'POST comment', connections, target, baseline: baselines.get(connections)! });
    console.log(`  POST @${connections}: ${target.rps} req/s, p99 ${target.p99} ms, ${target.non2xx} non-2xx`);
  }
  const totalAfter = await threadTotal(server.base);
  const memory = { peakMb: peakRssMb(server.child.pid!) };
  await stopServer(server.child);
  if (kind === 'postgres') {
    const admin = new pg.Client({ connectionString: flags['postgres-url'] });
    await admin.connect();
    await admin.query('drop database if exists broadsheet_bench with (force)');
    await admin.end();
  }
  return { rows, accepted, totalBefore, totalAfter, memory };
}

const PUBLISH_RUNS = 10;
/** Pages a story in Climate tagged "bench-publishing" is not on: publishing it must leave them cached. */
const UNRELATED = ['/sport', '/politics', ARTICLE, '/author/ines-carvalho'];
type PublishResult = { visibleMs: number[]; publishMs: number[]; cachedFrontMs: number; unrelated: { path: string; before: string; after: string }[] };

const cacheState = async (url: string) => (await fetch(url)).headers.get('x-nextjs-cache') ?? 'none';

async function benchPublishing(): Promise<PublishResult> {
  console.log('\n== publishing: from "Publish" to the front page, for an anonymous reader');
  const dataDir = path.join(os.tmpdir(), 'broadsheet-bench-publish');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const password = crypto.randomUUID();
  const server = await startServer(dataDir, { DEMO_PASSWORD: password, RATE_LIMITS: 'off' });
  try {
    const cookie = await signInCookie(server.base, 'editor@meridian.example', password);
    const api = (p: string, body: unknown) =>
      fetch(server.base + p, { method: 'POST', headers: { cookie, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => {
        if (!r.ok) throw new Error(`${p}: ${r.status} ${await r.text()}`);
        return (await r.json()) as { article: { id: number } };
      });
    await warm(server.base, ['/', ...UNRELATED]);
    const before = await Promise.all(UNRELATED.map((p) => cacheState(server.base + p)));
    const started = performance.now();
    await (await fetch(`${server.base}/`)).text();
    const cachedFrontMs = performance.now() - started;
    const visibleMs: number[] = [];
    const publishMs: number[] = [];
    for (let run = 1; run <= PUBLISH_RUNS; run++) {
      const headline = `Bench story ${run} ${crypto.randomUUID().slice(0, 8)}`;
      const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Published by the benchmark, run ${run}.` }] }] };
      const { article } = await api('/api/newsroom/articles', { headline, section: 'climate', body });
      await warm(server.base, ['/']); // the front page is cached again before each publish
      const t0 = performance.now();
      await api(`/api/newsroom/articles/${article.id}/publication`, { action: 'publish' });
      publishMs.push(performance.now() - t0);
      for (;;) {
        if ((await (await fetch(`${server.base}/`)).text()).includes(headline)) break;
        if (performance.now() - t0 > 30_000) throw new Error(`${headline} not on the front page after 30 s`);
        await new Promise((r) => setTimeout(r, 10));
      }
      visibleMs.push(performance.now() - t0);
    }
    const after = await Promise.all(UNRELATED.map((p) => cacheState(server.base + p)));
    const result = { visibleMs, publishMs, cachedFrontMs, unrelated: UNRELATED.map((p, i) => ({ path: p, before: before[i]!, after: after[i]! })) };
    return result;
  } finally {
    await stopServer(server.child);
  }
}

function publishingTable(r: PublishResult) {
  const median = (xs: number[]) => medianAndMax(xs).median;
  const max = (xs: number[]) => medianAndMax(xs).max;
  const ms = (x: number) => `${Math.round(x)} ms`;
  return [
    `publishing (${r.visibleMs.length} stories, demo data, PGlite)   median       max   target   ratio to target`,
    `  publish request (POST)                        ${ms(median(r.publishMs)).padStart(8)}  ${ms(max(r.publishMs)).padStart(8)}`,
    `  publish -> on the front page (anonymous)      ${ms(median(r.visibleMs)).padStart(8)}  ${ms(max(r.visibleMs)).padStart(8)}   1000 ms   ${(max(r.visibleMs) / 1000).toFixed(2)} (worst)`,
    `  one cached front-page request (baseline)      ${ms(r.cachedFrontMs).padStart(8)}`,
    `  unrelated pages still cached: ${r.unrelated.map((u) => `${u.path} ${u.before}->${u.after}`).join(', ')}`,
  ].join('\n');
}

function commentsTable(results: CommentsResult[]) {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    `${'db'.padEnd(9)} ${'request'.padEnd(13)} ${pad('conns', 5)} ${pad('req/s', 7)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('empty req/s', 11)} ${pad('empty p99', 9)} ${pad('rps ratio', 9)} ${pad('p99 ratio', 9)}`,
  ];
  for (const r of results) {
    for (const row of r.rows) {
      lines.push(
        `${row.db.padEnd(9)} ${row.what.padEnd(13)} ${pad(row.connections, 5)} ${pad(row.target.rps, 7)} ${pad(row.target.p50, 7)} ${pad(row.target.p99, 7)} ${pad(row.baseline.rps, 11)} ${pad(row.baseline.p99, 9)} ${pad((row.target.rps / Math.max(1, row.baseline.rps)).toFixed(2), 9)} ${pad((row.target.p99 / Math.max(1, row.baseline.p99)).toFixed(2), 9)}${row.target.errors ? `  (${row.target.errors} errors!)` : ''}`,
      );
    }
    const exact = r.totalAfter - r.totalBefore === r.accepted;
    lines.push(
      `${(r.rows[0]?.db ?? '').padEnd(9)} ${r.accepted} posts accepted (201); the story's count went ${r.totalBefore} -> ${r.totalAfter}: ${exact ? 'exact' : 'MISMATCH'}; server peak ${r.memory.peakMb} MB`,
    );
  }
  lines.push("Targets: GET comments and GET queue >= 0.50 of the empty handler's req/s, p99 within 2x of its p99.");
  return lines.join('\n');
}

function table(results: Record<string, Awaited<ReturnType<typeof benchDataset>>>) {
  const lines: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  lines.push(`${'data'.padEnd(6)} ${'route'.padEnd(14)} ${pad('req/s', 7)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('base req/s', 10)} ${pad('base p99', 8)} ${pad('rps ratio', 9)} ${pad('p99 ratio', 9)}  baseline`);
  for (const [label, r] of Object.entries(results)) {
    for (const row of r.rows) {
      lines.push(
        `${label.padEnd(6)} ${row.name.padEnd(14)} ${pad(row.target.rps, 7)} ${pad(row.target.p50, 7)} ${pad(row.target.p99, 7)} ${pad(row.baseline.rps, 10)} ${pad(row.baseline.p99, 8)} ${pad((row.target.rps / Math.max(1, row.baseline.rps)).toFixed(2), 9)} ${pad((row.target.p99 / Math.max(1, row.baseline.p99)).toFixed(2), 9)}  ${row.baselineKind}${row.target.non2xx || row.target.errors ? `  (${row.target.non2xx} non-2xx, ${row.target.errors} errors!)` : ''}`,
      );
    }
    lines.push(`${label.padEnd(6)} server memory: ${r.memory.idleMb} MB idle, ${r.memory.afterLoadMb} MB after load, ${r.memory.peakMb} MB peak (Ghost, measured here: 399 MB)`);
    if (r.js) {
      lines.push(`${label.padEnd(6)} article JavaScript (gzip): ${r.js.totalKb} KB in all, ${r.js.beyondFrameworkKb} KB beyond the framework (budget 30 KB)`);
      if (r.js.commentsOnDemandKb !== null) lines.push(`${label.padEnd(6)} comment area, loaded when the reader scrolls to it: ${r.js.commentsOnDemandKb} KB more`);
    }
  }
  const largeLabel = Object.keys(results).at(-1)!;
  if (results['1k'] && largeLabel !== '1k' && largeLabel !== 'demo') {
    lines.push('', `${largeLabel} / 1k articles, latency (budget <= 1.5x):`);
    for (const row of results[largeLabel]!.rows) {
      const small = results['1k'].rows.find((r) => r.name === row.name)!;
      lines.push(`  ${row.name.padEnd(14)} p50 ${(row.target.p50 / Math.max(1, small.target.p50)).toFixed(2)}x   p99 ${(row.target.p99 / Math.max(1, small.target.p99)).toFixed(2)}x`);
    }
  }
  return lines.join('\n');
}

async function main() {
  if (!flags['skip-build']) {
    const r = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: benchEnv });
    if (r.status !== 0) throw new Error('build failed');
  }
  if (flags.soak) return soakOnly(durationMs(flags.soak));
  if (flags.backup) return backupOnly();
  if (flags.mail) return console.log(`\n${mailTable(await benchMail())}\n`);
  if (flags.newsletter) return console.log(`\n${newsletterTable(await benchNewsletter())}\n`);
  if (flags.lighthouse) return console.log(`\n${lighthouseTable(await benchLighthouse(freshDemoDir('lighthouse')))}\n`);
  const results: Record<string, Awaited<ReturnType<typeof benchDataset>>> = {};
  const comments: CommentsResult[] = [];
  let publishing: PublishResult | undefined;
  let tier: TierResult | null = null;
  let lighthouseRows: LighthouseRow[] = [];
  const demoDir = freshDemoDir('demo');
  const large = { articles: Number(flags.articles), comments: Number(flags.comments) };
  try {
    if (!flags['skip-pages']) {
      results.demo = await benchDataset('demo', demoDir); // seeded by the server's first start, like a newcomer's
      if (!flags['small-only']) {
        // 1,000 articles in all (the demo has 42) with 10 comments each, the same density as the large set.
        const oneK = path.join(os.tmpdir(), 'broadsheet-bench-1k');
        ensureGeneratedData(oneK, 958, 10_000);
        results['1k'] = await benchDataset('1k', oneK);
        const largeDir = path.join(os.tmpdir(), `broadsheet-bench-${large.articles}`);
        ensureGeneratedData(largeDir, large.articles, large.comments);
        const label = large.articles % 1000 === 0 ? `${large.articles / 1000}k` : String(large.articles);
        results[label] = await benchDataset(label, largeDir);
      }
    }
    if (!flags['skip-comments']) {
      comments.push(await benchComments('pglite'));
      comments.push(await benchComments('postgres'));
    }
    if (!flags['skip-publishing']) publishing = await benchPublishing();
    if (!flags['skip-tier']) tier = await benchTier({ postgresUrl: flags['postgres-url']!, connections: CONNECTIONS, seconds: DURATION });
    if (!flags['skip-lighthouse']) lighthouseRows = await benchLighthouse(freshDemoDir('lighthouse'));
  } finally {
    fs.rmSync(STATIC_DIR, { recursive: true, force: true });
  }
  const report = [Object.keys(results).length ? table(results) : '', comments.length ? commentsTable(comments) : '', publishing ? publishingTable(publishing) : '', tier ? tierTable(tier) : '', lighthouseRows.length ? lighthouseTable(lighthouseRows) : '']
    .filter(Boolean)
    .join('\n\n');
  console.log(`\n${report}\n`);
  fs.mkdirSync('bench-results', { recursive: true });
  const file = path.join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const json = JSON.stringify({ at: new Date().toISOString(), durationSeconds: DURATION, connections: CONNECTIONS, results, comments, publishing, tier, lighthouse: lighthouseRows }, null, 2);
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join('bench-results', 'latest.json'), json);
  console.log(`Wrote ${file}`);
}

/** An empty data folder, seeded with the demo by the server's first start, like a newcomer's. */
function freshDemoDir(name: string) {
  const dir = path.join(os.tmpdir(), `broadsheet-bench-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  return dir;
}

async function backupOnly() {
  const demoDir = freshDemoDir('backup-demo');
  const oneK = path.join(os.tmpdir(), 'broadsheet-bench-1k');
  ensureGeneratedData(oneK, 958, 10_000);
  const opts = { connections: 8, seconds: DURATION };
  const results = [await benchBackup('demo', demoDir, ARTICLE, opts), await benchBackup('1k', oneK, ARTICLE, opts)];
  console.log(`\n${backupTable(results)}\n`);
}

async function soakOnly(ms: number) {
  const kinds = flags['soak-db'] === 'both' ? (['pglite', 'postgres'] as const) : [flags['soak-db'] as 'pglite' | 'postgres'];
  const results = [];
  for (const db of kinds) results.push(await soak({ db, durationMs: ms, postgresUrl: flags['postgres-url']! }));
  console.log(`\n${results.map(soakTable).join('\n\n')}\n`);
  fs.mkdirSync('bench-results', { recursive: true });
  const file = path.join('bench-results', `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
  console.log(`Wrote ${file}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
