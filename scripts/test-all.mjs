#!/usr/bin/env node
/**
 * `npm test`: every check and all three test layers, in order, then one closing line `N passed, N failed`.
 * Integration tests run on in-memory PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
 * The end-to-end suite drives Debian's Chromium against the production build (`next build` + `next start`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const bin = (name) => `node_modules/.bin/${name}`;
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, extraEnv = {}) {
  console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = result.status === 0;
  console.log(`━━ ${label}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

fs.mkdirSync('test-results', { recursive: true });
check('typecheck', bin('tsc'), ['--noEmit']);
check('lint', bin('eslint'), ['--max-warnings', '0', '.']);
check('migrations (drizzle-kit check)', bin('drizzle-kit'), ['check']);

// Unit and integration tests (vitest projects: unit, integration:pglite, integration:postgres when configured).
fs.rmSync('test-results/vitest.json', { force: true });
const vitestOk = run('unit + integration tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (vitest.numTotalTests === 0) failures.push('vitest ran no tests');
}
if (!vitestOk && (!vitest || vitest.numFailedTests === 0)) {
  totals.failed++;
  failures.push('vitest');
}

// End-to-end: production build, then Playwright starts `next start` on a free port with a fresh database.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.log(`\nThe end-to-end tests need Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  totals.failed++;
  failures.push('end-to-end (no Chromium)');
} else if (check('production build', bin('next'), ['build'])) {
  fs.rmSync('test-results/playwright.json', { force: true });
  const e2eOk = run('end-to-end tests (Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json',
  });
  const stats = readJson('test-results/playwright.json')?.stats;
  if (stats) {
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  }
  if (!e2eOk && (!stats || stats.unexpected === 0)) {
    totals.failed++;
    failures.push('end-to-end');
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
const failed = totals.failed > 0 || failures.length > 0;
console.log(
  `\nIntegration tests ran on ${process.env.TEST_DATABASE_URL ? 'in-memory PGlite and on PostgreSQL (TEST_DATABASE_URL)' : 'in-memory PGlite only (set TEST_DATABASE_URL to run them on PostgreSQL too)'}.`,
);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
