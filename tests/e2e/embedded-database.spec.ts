import { spawnServer } from '../../scripts/server-command';
import { expect, test } from '@playwright/test';

test('a second server on the same embedded database refuses to start, with a clear message', async ({ request }) => {
  // The suite's server holds the embedded database in E2E_DATA_DIR (playwright.config.ts).
  expect((await request.get('/api/health')).status()).toBe(200);
  const second = spawnServer(0, { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR });
  let output = '';
  second.stdout!.on('data', (d) => (output += d));
  second.stderr!.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      second.kill('SIGKILL');
      resolve(null);
    }, 45_000);
    second.once('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code).toBe(1);
  expect(output).toMatch(/already in use by process \d+/);
  expect(output).toContain('PGlite cannot be shared between processes');
  // The first server is unharmed.
  expect((await request.get('/api/health')).status()).toBe(200);
});
