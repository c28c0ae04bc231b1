/**
 * Several `next start` instances on one PostgreSQL and one Redis, behind the Varnish cache tier of
 * deploy/varnish: what `npm run cluster` runs, and what the cluster tests and the benchmark start. Installs
 * nothing: `missingForCluster()` says what is not there.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawnServer } from '../server-command';

const root = path.resolve(import.meta.dirname, '../..');
const VCL = path.join(root, 'deploy/varnish/broadsheet.vcl');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What the cluster needs and this machine lacks, each with what to do about it (empty: all there). */
export function missingForCluster(env: NodeJS.ProcessEnv = process.env): string[] {
  const missing: string[] = [];
  if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '')) missing.push('DATABASE_URL=postgres://… (the instances share one PostgreSQL database)');
  if (!/^rediss?:\/\//.test(env.REDIS_URL ?? '')) missing.push('REDIS_URL=redis://… (the instances share their cache and rate limits through it)');
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) missing.push('a production build: npm run build');
  if (!onPath('varnishd')) missing.push('Varnish 7 with xkey: apt-get install -y varnish varnish-modules');
  else {
    // Compiling the VCL (with the example backends) proves the xkey module is installed.
    const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-vcl-'));
    fs.chmodSync(probe, 0o755); // varnishd compiles as its own user
    fs.copyFileSync(path.join(path.dirname(VCL), 'backends.example.vcl'), path.join(probe, 'backends.vcl'));
    try {
      execFileSync('varnishd', ['-C', '-f', VCL, '-p', `vcl_path=${probe}:${path.dirname(VCL)}`], { stdio: 'ignore' });
    } catch {
      missing.push('the xkey module for Varnish: apt-get install -y varnish-modules');
    } finally {
      fs.rmSync(probe, { recursive: true, force: true });
    }
  }
  return missing;
}

type Output = (line: string) => void;

export type Instance = {
  name: string;
  port: number;
  url: string;
  /** Everything it printed. */
  log: () => string;
  running: () => boolean;
  /** Starts it (again) and waits until it answers. */
  start: () => Promise<void>;
  /** Sends `signal` and waits for the exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
  /** The server's process id while it runs (its memory is read from /proc by the benchmark). */
  pid: () => number | undefined;
};

export type Tier = { url: string; port: number; log: () => string; stop: () => Promise<void> };
export type Cluster = { tier: Tier; instances: Instance[]; stop: () => Promise<void> };

async function waitFor(what: string, ok: () => Promise<boolean>, failed: () => string | null, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const reason = failed();
    if (reason) throw new Error(`${what}: ${reason}`);
    if (await ok()) return;
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
    await sleep(200);
  }
}

const answers = (url: string) => () => fetch(url, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);

function prefixed(child: ChildProcess, name: string, sink: { text: string }, out?: Output) {
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      sink.text += chunk;
      if (out) for (const line of chunk.split('\n')) if (line.trim()) out(`[${name}] ${line}`);
    });
  }
}

/** One `next start` on `port`, with the cluster's shared environment. */
function instance(name: string, port: number, env: NodeJS.ProcessEnv, out?: Output): Instance {
  let child: ChildProcess | undefined;
  const sink = { text: '' };
  const url = `http://127.0.0.1:${port}`;
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  return {
    name,
    port,
    url,
    log: () => sink.text,
    running,
    async start() {
      child = spawnServer(port, env);
      prefixed(child, name, sink, out);
      const started = child;
      await waitFor(`${name}`, answers(`${url}/api/ping`), () => (started.exitCode !== null ? `exited (${started.exitCode}):\n${sink.text.slice(-2000)}` : null), 120_000);
    },
    stop(signal = 'SIGTERM') {
      const current = child;
      if (!current || !running()) return Promise.resolve();
      return new Promise<void>((resolve) => {
        current.once('exit', () => resolve());
        current.kill(signal);
      });
    },
    pid: () => (running() ? child?.pid : undefined),
  };
}

/** backends.vcl for these instances: round robin, a probe each, purging allowed from the loopback. */
export function backendsVcl(ports: number[], purgers = ['127.0.0.1', '::1']): string {
  const backends = ports.map(
    (port, i) => `backend app${i + 1} {
  .host = "127.0.0.1";
  .port = "${port}";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .probe = { .url = "/api/ping"; .interval = 500ms; .timeout = 1s; .window = 3; .threshold = 2; .initial = 2; }
}`,
  );
  return `${backends.join('\n')}

acl purgers {
${purgers.map((a) => `  "${a}";`).join('\n')}
}

sub vcl_init {
  new app = directors.round_robin();
${ports.map((_, i) => `  app.add_backend(app${i + 1});`).join('\n')}
}
`;
}

/** Varnish in the foreground on `port`, in front of `backendPorts`, with its work files in a temporary folder. */
export async function startTier(port: number, backendPorts: number[], out?: Output): Promise<Tier> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-tier-'));
  fs.chmodSync(dir, 0o755);
  fs.writeFileSync(path.join(dir, 'backends.vcl'), backendsVcl(backendPorts));
  const sink = { text: '' };
  const child = spawn('varnishd', ['-F', '-a', `127.0.0.1:${port}`, '-f', VCL, '-p', `vcl_path=${dir}:${path.dirname(VCL)}`, '-n', path.join(dir, 'work'), '-s', 'malloc,256m', '-p', 'thread_pool_min=50'], {
    cwd: dir,
  });
  prefixed(child, 'tier', sink, out);
  const url = `http://127.0.0.1:${port}`;
  await waitFor('the cache tier', answers(`${url}/api/ping`), () => (child.exitCode !== null ? `varnishd exited (${child.exitCode}):\n${sink.text.slice(-2000)}` : null), 30_000);
  return {
    url,
    port,
    log: () => sink.text,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Starts `count` instances and the tier in front of them. The instances share DATABASE_URL, REDIS_URL, one
 * session secret, and purge the tier on every write; they trust the tier's forwarded headers.
 */
export async function startCluster(opts: { instances: number; env?: Record<string, string>; out?: Output }): Promise<Cluster> {
  const base = { ...process.env, ...opts.env };
  const missing = missingForCluster(base);
  if (missing.length > 0) throw new Error(`The cluster needs:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  const tierPort = await freePort();
  const ports: number[] = [];
  while (ports.length < opts.instances) {
    const port = await freePort();
    if (port !== tierPort && !ports.includes(port)) ports.push(port);
  }
  const shared: NodeJS.ProcessEnv = {
    ...base,
    NEXTAUTH_SECRET: base.NEXTAUTH_SECRET ?? randomBytes(32).toString('hex'),
    CACHE_PURGE_URLS: [`http://127.0.0.1:${tierPort}`, ...(base.CACHE_PURGE_URLS ? [base.CACHE_PURGE_URLS] : [])].join(','),
    SITE_URL: base.SITE_URL ?? `http://127.0.0.1:${tierPort}`,
    TRUST_PROXY: '1',
  };
  const instances = ports.map((port, i) => instance(`instance ${i + 1}`, port, shared, opts.out));
  const stopAll = async () => {
    await Promise.all(instances.map((i) => i.stop('SIGTERM')));
  };
  try {
    // One at a time: the first applies the migrations, the others find them done.
    for (const i of instances) await i.start();
    const tier = await startTier(tierPort, ports, opts.out);
    return {
      tier,
      instances,
      stop: async () => {
        await Promise.all([stopAll(), tier.stop()]);
      },
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
