/**
 * `npm run bench -- --backup`: what a backup costs, beside a baseline in the same run.
 * - Readers while a backup is taken: the article page and the comments API under load while backups of the
 *   embedded database run back to back through the server (they hold the database for the snapshot), beside
 *   the same load at rest.
 * - A backup's time and size beside `tar -czf` of the stopped server's DATA_DIR (the copy an operator would
 *   otherwise make, with the site down), and a restore into an empty folder beside `tar -xzf` of that copy.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { load, warm, type Measure } from './measure';
import { startServer, stopServer } from './server';

export type BackupResult = {
  label: string;
  reads: { name: string; atRest: Measure; duringBackups: Measure }[];
  backupsDuringLoad: number;
  backup: { seconds: number; mb: number };
  tar: { seconds: number; mb: number };
  restore: { seconds: number };
  untar: { seconds: number };
};

/** One backup from the running server over its operator socket; the bytes are counted and dropped. */
function backupOverSocket(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ socketPath: path.join(dataDir, 'broadsheet.sock'), path: '/backup' }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`backup answered ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return seconds(started);
}

export async function benchBackup(label: string, dataDir: string, article: string, opts: { connections: number; seconds: number }): Promise<BackupResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-bench-backup-'));
  const server = await startServer(dataDir, { RATE_LIMITS: 'off' });
  const reads: BackupResult['reads'] = [];
  let backupsDuringLoad = 0;
  let backup = { seconds: 0, mb: 0 };
  try {
    const targets = [
      { name: 'article page', path: article },
      { name: 'comments API', path: `/api/articles/${article.split('/').at(-1)}/comments` },
    ];
    await warm(server.base, targets.map((t) => t.path));
    // One backup at rest: its time and size.
    const started = process.hrtime.bigint();
    const bytes = await backupOverSocket(dataDir);
    backup = { seconds: seconds(started), mb: bytes / 1024 / 1024 };
    for (const t of targets) {
      await load(server.base + t.path, opts.connections, 3); // compiled and warm before either is measured
      const atRest = await load(server.base + t.path, opts.connections, opts.seconds);
      let running = true;
      const loop = (async () => {
        while (running) {
          await backupOverSocket(dataDir);
          backupsDuringLoad++;
        }
      })();
      const duringBackups = await load(server.base + t.path, opts.connections, opts.seconds);
      running = false;
      await loop;
      reads.push({ name: t.name, atRest, duringBackups });
    }
  } finally {
    await stopServer(server.child);
  }
  const tarFile = path.join(work, 'data.tar.gz');
  const tarSeconds = timed('tar', ['-czf', tarFile, '-C', dataDir, '.']);
  const untarDir = path.join(work, 'untarred');
  fs.mkdirSync(untarDir);
  const untarSeconds = timed('tar', ['-xzf', tarFile, '-C', untarDir]);
  // The restore of a backup taken from the stopped server's folder (the command line reads it directly).
  const backupFile = path.join(work, 'site.tar.gz');
  timed('npm', ['run', '-s', 'db:backup', '--', '--out', backupFile], { ...process.env, DATA_DIR: dataDir });
  const restoreSeconds = timed('npm', ['run', '-s', 'db:restore', '--', backupFile], { ...process.env, DATA_DIR: path.join(work, 'restored'), SEED_DEMO: '0' });
  const result = {
    label,
    reads,
    backupsDuringLoad,
    backup,
    tar: { seconds: tarSeconds, mb: fs.statSync(tarFile).size / 1024 / 1024 },
    restore: { seconds: restoreSeconds },
    untar: { seconds: untarSeconds },
  };
  fs.rmSync(work, { recursive: true, force: true });
  return result;
}

export function backupTable(results: BackupResult[]): string {
  const f = (n: number) => n.toFixed(2);
  const lines = ['Backups (embedded database)', '', '| data | what | at rest | during back-to-back backups | ratio |', '| --- | --- | --- | --- | --- |'];
  for (const r of results) {
    for (const read of r.reads) {
      lines.push(`| ${r.label} | ${read.name}: req/s | ${read.atRest.rps} | ${read.duringBackups.rps} | ${f(read.duringBackups.rps / read.atRest.rps)} |`);
      lines.push(`| ${r.label} | ${read.name}: p99 ms | ${read.atRest.p99} | ${read.duringBackups.p99} | ${f(read.duringBackups.p99 / Math.max(1, read.atRest.p99))} |`);
    }
    lines.push(`| ${r.label} | backups taken during the loads | | ${r.backupsDuringLoad} | |`);
  }
  lines.push('', '| data | backup (s, MB) | tar -czf of DATA_DIR, site stopped (s, MB) | time ratio | restore (s, incl. node start) | tar -xzf (s) | ratio |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    lines.push(`| ${r.label} | ${f(r.backup.seconds)} s, ${f(r.backup.mb)} MB | ${f(r.tar.seconds)} s, ${f(r.tar.mb)} MB | ${f(r.backup.seconds / r.tar.seconds)} | ${f(r.restore.seconds)} | ${f(r.untar.seconds)} | ${f(r.restore.seconds / r.untar.seconds)} |`);
  }
  return lines.join('\n');
}
