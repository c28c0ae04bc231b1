/** One production server for a benchmark part: `next start` on a free port, stopped with SIGTERM. */
import type { ChildProcess } from 'node:child_process';
import { freePort } from '../cluster/launcher';
import { spawnServer } from '../server-command';

export const benchEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };

export async function startServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawnServer(port, { ...benchEnv, DATA_DIR: dataDir, SITE_URL: `http://127.0.0.1:${port}`, ...extraEnv }, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`server exited:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not become healthy:\n${log}`);
}

export async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}
