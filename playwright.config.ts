import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { startCommand } from './scripts/server-command';

// One free port and one fresh embedded database per run, chosen here so every worker sees the same values.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
const port = Number(process.env.E2E_PORT);
const dataDir = path.join(os.tmpdir(), `broadsheet-e2e-${port}`);
process.env.E2E_DATA_DIR = dataDir;
const e2eDemoPassword = 'e2e-demo-password-123';
process.env.E2E_DEMO_PASSWORD = e2eDemoPassword;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The production build (`next build` runs first, in `npm test`), seeded on first start like a newcomer's.
    command: `rm -rf ${dataDir} && exec ${startCommand} -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      DATA_DIR: dataDir,
      PORT: String(port),
      // No SITE_URL: like a server behind a proxy, next-auth takes the origin from Host and X-Forwarded-Proto.
      DEMO_PASSWORD: e2eDemoPassword,
    },
  },
});
