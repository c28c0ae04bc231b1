import { spawn, spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import Redis from 'ioredis';
import pg from 'pg';

/** `npm run cluster`: says what is missing; otherwise one line per listener, and Ctrl-C stops them all. */

const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const database = `broadsheet_cluster_cli_${process.pid}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
const redisUrl = `${(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379').replace(/\/\d*$/, '')}/13`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

test('without PostgreSQL and Redis it installs nothing and says what is missing', () => {
  const env = { ...process.env, DATABASE_URL: '', REDIS_URL: '' };
  const run = spawnSync('npm', ['run', '--silent', 'cluster', '--', '--instances', '2'], { env, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('npm run cluster needs:');
  expect(run.stderr).toMatch(/DATABASE_URL=postgres:\/\//);
  expect(run.stderr).toMatch(/REDIS_URL=redis:\/\//);
  const wrong = spawnSync('npm', ['run', '--silent', 'cluster', '--', '--instances', 'two'], { env, encoding: 'utf8' });
  expect(wrong.status).toBe(2);
  expect(wrong.stderr).toContain('--instances takes a whole number');
});

test('prints the tier and each instance, serves through the tier, and stops everything on Ctrl-C', async () => {
  test.setTimeout(180_000);
  await admin(`drop database if exists ${database} with (force)`);
  await admin(`create database ${database}`);
  const redis = new Redis(redisUrl);
  await redis.flushdb(); // nothing cached from an earlier run's database
  await redis.quit();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cluster/cluster.ts', '--instances', '2', '--quiet'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    await expect.poll(() => output, { timeout: 150_000 }).toContain('Ctrl-C stops them all.');
    const tier = /^tier (http:\/\/127\.0\.0\.1:\d+)$/m.exec(output)?.[1];
    const instances = [...output.matchAll(/^instance (http:\/\/127\.0\.0\.1:\d+)$/gm)].map((m) => m[1]!);
    expect(tier).toBeDefined();
    expect(instances).toHaveLength(2);
    // A new database: the site waits for its setup, through the tier as on each instance.
    const setup = await (await fetch(`${tier}/api/setup`)).json();
    expect(setup).toEqual({ needed: true });
    for (const url of instances) expect((await fetch(`${url}/api/ping`)).status).toBe(200);

    child.kill('SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
    for (const url of [tier!, ...instances]) await expect(fetch(`${url}/api/ping`)).rejects.toThrow();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await admin(`drop database if exists ${database} with (force)`);
  }
});
