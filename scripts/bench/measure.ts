/** What every part of the benchmark measures with: load runs, memory readings, warm-up, signing in. */
import fs from 'node:fs';
import autocannon from 'autocannon';

export type Measure = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

export async function load(url: string, connections: number, durationSeconds: number, extra: Partial<autocannon.Options> = {}): Promise<Measure> {
  const result = await autocannon({ url, connections, duration: durationSeconds, pipelining: 1, ...extra });
  return measureOf(result);
}

export function measureOf(result: autocannon.Result): Measure {
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Peak resident memory (VmHWM) of a process, in MB. */
export function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

export function currentRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

export async function warm(base: string, paths: string[], headers: Record<string, string> = {}) {
  for (let round = 0; round < 3; round++) for (const p of paths) await (await fetch(base + p, { headers })).arrayBuffer();
}

/** Signs in over HTTP the way a browser does (CSRF cookie, then the credentials form); returns the cookies. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '').find((c) => c.includes('session-token'));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session;
}

/** Median and worst of a list of times. */
export function medianAndMax(xs: number[]): { median: number; max: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
}
