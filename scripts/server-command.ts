/**
 * How a production server is started. `npm start` spells this command out (package.json; a unit test keeps the
 * two equal), and the benchmark, `npm run cluster` and the end-to-end tests spawn it from here, so what they
 * measure and test is what an operator runs. Why each setting is there (README, "What the server needs"):
 *
 * - MALLOC_ARENA_MAX=2: glibc gives every thread that allocates its own arena (up to 8 per core) and rarely
 *   returns their memory; after a handful of photo uploads, worked on libvips and libuv threads, the server kept
 *   55 MB more resident memory; with two arenas, 9 MB.
 * - MALLOC_MMAP_THRESHOLD_ and MALLOC_TRIM_THRESHOLD_ at 128 KB: a block that large (a page being rendered, an
 *   image strip) gets its own mapping, given back when freed, and free space at the top of the heap is returned
 *   at once; glibc's default raises the threshold as big blocks are freed, and they then fragment the heap for
 *   good. Measured under the soak: the main heap 58 MB instead of 90.
 *   glibc reads all three when the process starts: they cannot be set from inside.
 * - --max-old-space-size=256: the JavaScript heap's ceiling (in use it stays near 100 MB).
 * - --max-semi-space-size=4: V8's young generation holds three semi-spaces; 4 MB instead of 16 keeps ~25 MB less
 *   resident, and measured no slower (a page allocates well under 4 MB between collections).
 * - --heap-growing-percent=10: after a full collection V8 lets the heap grow by 10% of what is live before the
 *   next, instead of its default (up to 50% and more on a busy server). Measured: ~30 MB less resident under
 *   load, throughput within the run-to-run noise. (--optimize-for-size saved as much but cost ~20% throughput.)
 * - --keepAliveTimeout 65000: Node closes an idle keep-alive connection after 5 s by default, and a client that
 *   reuses it at that moment gets ECONNRESET (seen in CI: a test's request after a 5 s pause). Proxies keep
 *   idle backend connections longer (Varnish 60 s, most load balancers 60 s), so the server waits longer still.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export const SERVER_ENV = {
  NEXT_TELEMETRY_DISABLED: '1',
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
} as const;
export const SERVER_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=4', '--heap-growing-percent=10'] as const;
const NEXT = 'node_modules/next/dist/bin/next';
const START_ARGS = ['start', '--keepAliveTimeout', '65000'] as const;

/** The shell command `npm start` runs; `-p PORT -H HOST` may follow it. */
export const startCommand = ['env', ...Object.entries(SERVER_ENV).map(([k, v]) => `${k}=${v}`), 'node', ...SERVER_NODE_FLAGS, NEXT, ...START_ARGS].join(' ');

/** `next start` on `port` as a child of this process (its pid is the server's), from the project's folder. */
export function spawnServer(port: number | string, env: NodeJS.ProcessEnv, options: Omit<SpawnOptions, 'env' | 'cwd'> = {}): ChildProcess {
  return spawn(process.execPath, [...SERVER_NODE_FLAGS, NEXT, ...START_ARGS, '-p', String(port), '-H', '127.0.0.1'], {
    ...options,
    cwd: root,
    env: { ...env, ...SERVER_ENV, PORT: String(port) },
  });
}
