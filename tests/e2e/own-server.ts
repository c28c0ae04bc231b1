import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/cluster/launcher';
import { spawnServer } from '../../scripts/server-command';

/**
 * A `next start` of its own, on a free port and a fresh embedded database, for specs that need a server set up
 * differently from the suite's (empty, behind a proxy) or one they may kill.
 */
export type OwnServer = { base: string; port: number; dataDir: string; process: ChildProcess; log: () => string; stop: (signal?: NodeJS.Signals) => Promise<number | null> };

export { freePort };

/** Starts the server and waits until its log shows `ready` (a regular expression) or it answers /api/health. */
export async function startOwnServer(opts: { env?: Record<string, string>; dataDir?: string; ready?: RegExp; port?: number } = {}): Promise<OwnServer> {
  const port = opts.port ?? (await freePort());
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-own-'));
  const child = spawnServer(port, { ...process.env, DATA_DIR: dataDir, SEED_DEMO: '0', ...opts.env });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    if (opts.ready ? opts.ready.test(output) : await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() - started > 90_000) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });
  return { base, port, dataDir, process: child, log: () => output, stop };
}
