/**
 * Lighthouse on phones (issue 15): the front page, a section, a story with comments and a search, each run three
 * times with Lighthouse's default mobile settings (simulated slow 4G, 4x CPU slowdown) in Debian's Chromium,
 * and the median kept. Beside each page, in the same run, its own HTML with the scripts taken out, served as a
 * static file by the same server: the same page without JavaScript, so the ratios show what the scripts cost.
 * And two rows to read the others against: the framework's floor, the smallest page of the site (one short form),
 * which is little but the React and Next.js runtime and the site's header; and the machine's ceiling, an HTML file
 * with a heading and a line of text, which is the best any page can score in this browser on this machine. Lighthouse multiplies the CPU time it sees by 4, so slower machines score lower; the run
 * prints the machine's benchmark index (Lighthouse calls a machine under 1,000 too slow to judge).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer, stopServer } from './server';

const CHROMIUM = '/usr/bin/chromium';
const RUNS = 3;
const STATIC_DIR = path.resolve('public/__lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;

const FLOOR = { name: 'framework floor', path: '/forgot-password' };
const CEILING = { name: 'empty HTML page', path: '/__lighthouse/empty.html' };
const EMPTY_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>Empty page</title><meta name="description" content="The best a page can score here."></head>' +
  '<body><h1>Empty page</h1><p>A heading and a line of text, and nothing else.</p></body></html>';
const LIGHTHOUSE_PAGES = [
  { name: 'front page', path: '/' },
  { name: 'section page', path: '/world' },
  { name: 'article', path: '/politics/emergency-powers-bill-passes-second-reading-by-eleven-votes' },
  { name: 'search', path: '/search?q=election' },
];

type Scores = Record<(typeof CATEGORIES)[number], number>;
type Metrics = Record<keyof typeof METRICS, number>;
export type LighthouseRun = { scores: Scores; metrics: Metrics; failed: string[]; benchmarkIndex: number };
export type LighthouseRow = { name: string; path: string; page: LighthouseRun; baseline: LighthouseRun | null; runs: LighthouseRun[] };

async function audit(port: number, url: string, attempt = 1): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) {
    // Now and then the trace misses the navigation (NO_NAVSTART); Lighthouse's own advice is to run it again.
    if (attempt < 3) return audit(port, url, attempt + 1);
    throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores;
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? NaN])) as Metrics;
  // Audits that cost points outside performance, so the note can say what to fix.
  const failed = Object.values(lhr.categories)
    .filter((c) => c.id !== 'performance')
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => `${c.id}:${r.id}`));
  return { scores, metrics, failed, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) };
}

/** The run whose performance score is the median (Lighthouse's own advice for a representative run). */
function median(runs: LighthouseRun[]): LighthouseRun {
  return [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)]!;
}

export async function benchLighthouse(dataDir: string): Promise<LighthouseRow[]> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Lighthouse needs Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  let server = await startServer(dataDir);
  fs.rmSync(STATIC_DIR, { recursive: true, force: true });
  fs.mkdirSync(STATIC_DIR, { recursive: true });
  for (const p of LIGHTHOUSE_PAGES) {
    const html = await (await fetch(server.base + p.path)).text();
    fs.writeFileSync(path.join(STATIC_DIR, `${staticName(p.name)}.html`), html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''));
  }
  fs.writeFileSync(path.join(STATIC_DIR, 'empty.html'), EMPTY_HTML);
  await stopServer(server.child);
  server = await startServer(dataDir); // public/ is read at start
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const p of [...LIGHTHOUSE_PAGES, FLOOR]) await fetch(server.base + p.path); // warm the page cache, as a reader after the first would find it
    const rows: LighthouseRow[] = [];
    for (const p of [...LIGHTHOUSE_PAGES, FLOOR, CEILING]) {
      const runs: LighthouseRun[] = [];
      const baselines: LighthouseRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(await audit(chrome.port, server.base + p.path));
        if (LIGHTHOUSE_PAGES.includes(p)) baselines.push(await audit(chrome.port, `${server.base}/__lighthouse/${staticName(p.name)}.html`));
      }
      const row = { name: p.name, path: p.path, page: median(runs), baseline: baselines.length ? median(baselines) : null, runs };
      console.log(`  ${p.name}: ${fmtScores(row.page.scores)}  (runs: ${runs.map((r) => r.scores.performance).join(', ')})`);
      rows.push(row);
    }
    return rows;
  } finally {
    await chrome.kill();
    await stopServer(server.child);
    fs.rmSync(STATIC_DIR, { recursive: true, force: true });
  }
}

const staticName = (name: string) => name.replace(/\W+/g, '-');
const fmtScores = (s: Scores) => `perf ${s.performance} a11y ${s.accessibility} bp ${s['best-practices']} seo ${s.seo}`;

export function lighthouseTable(rows: LighthouseRow[]) {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const ms = (v: number) => Math.round(v);
  const lines = [
    `Lighthouse mobile (default throttling, Debian Chromium), median of ${RUNS} runs; baseline: the same HTML without its scripts, as a static file`,
    `This machine's Lighthouse benchmark index: ${rows.flatMap((r) => r.runs.map((x) => x.benchmarkIndex)).sort((a, b) => a - b).join(', ')}`,
    `${'page'.padEnd(15)} ${pad('perf', 4)} ${pad('a11y', 4)} ${pad('bp', 3)} ${pad('seo', 3)} ${pad('FCP', 6)} ${pad('LCP', 6)} ${pad('TBT', 5)} ${pad('SI', 6)} ${pad('CLS', 5)}  ${pad('base perf', 9)} ${pad('base LCP', 8)} ${pad('base TBT', 8)}  LCP ratio  TBT ratio`,
  ];
  for (const r of rows) {
    const m = r.page.metrics;
    const b = r.baseline;
    const base = b
      ? `${pad(b.scores.performance, 9)} ${pad(ms(b.metrics.lcp), 8)} ${pad(ms(b.metrics.tbt), 8)}  ${pad((m.lcp / Math.max(1, b.metrics.lcp)).toFixed(2), 9)}  ${pad((m.tbt / Math.max(1, b.metrics.tbt)).toFixed(2), 9)}`
      : '';
    lines.push(
      `${r.name.padEnd(15)} ${pad(r.page.scores.performance, 4)} ${pad(r.page.scores.accessibility, 4)} ${pad(r.page.scores['best-practices'], 3)} ${pad(r.page.scores.seo, 3)} ${pad(ms(m.fcp), 6)} ${pad(ms(m.lcp), 6)} ${pad(ms(m.tbt), 5)} ${pad(ms(m.si), 6)} ${pad(m.cls.toFixed(3), 5)}  ${base}`,
    );
    // The floor's page is kept out of search engines on purpose (a form), so its SEO score is not a target.
    if (r.page.failed.length && b) lines.push(`${''.padEnd(15)} losing points: ${r.page.failed.join(', ')}`);
  }
  lines.push('Targets: performance >= 95, accessibility 100, best practices >= 95, SEO 100, CLS 0. Times in ms. The floor and ceiling rows have no baseline.');
  return lines.join('\n');
}
