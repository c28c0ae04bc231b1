import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './own-server';

/**
 * A PostgreSQL cluster of the test's own (initdb in a temp folder, on a free port), which it may stop and start
 * without touching the machine's shared server. PostgreSQL refuses to run as root: it runs as `postgres`.
 */
const BIN = '/usr/lib/postgresql/15/bin';
const asPostgres = (args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: 'pipe' }).toString();

export type PrivatePostgres = { url: (db: string) => string; stop: () => void; start: () => void; destroy: () => void };

export async function privatePostgres(): Promise<PrivatePostgres> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-pg-'));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  asPostgres([`${BIN}/initdb`, '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const pgCtl = (...args: string[]) => asPostgres([`${BIN}/pg_ctl`, '-D', data, ...args]);
  const start = () => pgCtl('-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', path.join(dir, 'log'), '-w', 'start');
  start();
  return {
    url: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    stop: () => pgCtl('-m', 'fast', '-w', 'stop'),
    start,
    destroy: () => {
      try {
        pgCtl('-m', 'immediate', '-w', 'stop');
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
