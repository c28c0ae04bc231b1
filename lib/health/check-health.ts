import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { getRedis } from '@/lib/redis/client';
import { pageCacheState } from '@/lib/cache/page-cache-handler.js';
import packageJson from '@/package.json';

type Probe = 'ok' | 'down';

/** Runs `probe`, giving up after `timeoutMs`, so a hung service reads as down, not as a hang. */
async function within(probe: () => Promise<unknown>, timeoutMs: number): Promise<Probe> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'down'>((resolve) => {
    timer = setTimeout(() => resolve('down'), timeoutMs);
  });
  try {
    return await Promise.race([probe().then(() => 'ok' as const, () => 'down' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The process's memory in MB: what the operating system counts (rss) and how it splits inside Node; and, when
 * this process keeps the page cache in memory (no REDIS_URL), how much of the heap it holds against its limit.
 */
export type MemoryFigures = {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  pageCache?: { entries: number; mb: number; limitMb: number };
};

export type Health = { db: Probe; redis?: Probe; version: string; memory: MemoryFigures };

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Resident memory, the JavaScript heap, and memory outside it: `external` holds Buffers (counted again in
 * `arrayBuffers`) and the embedded database's WebAssembly heap at its reserved size (128 MB, of which only the
 * pages touched are resident); glibc's heaps and sharp's image buffers show only in `rss`.
 */
export function memoryFigures(): MemoryFigures {
  const m = process.memoryUsage();
  const store = pageCacheState()?.store;
  const cache = store && 'usage' in store ? store.usage() : undefined;
  return {
    rssMb: mb(m.rss),
    heapUsedMb: mb(m.heapUsed),
    heapTotalMb: mb(m.heapTotal),
    externalMb: mb(m.external),
    arrayBuffersMb: mb(m.arrayBuffers),
    ...(cache && { pageCache: { entries: cache.entries, mb: mb(cache.bytes), limitMb: mb(cache.maxBytes) } }),
  };
}

/**
 * What a load balancer or an operator asks: does the database answer, does Redis (when configured), which
 * version runs, and how much memory the process holds. Only the database decides readiness: without Redis each instance counts its limits alone.
 */
export async function checkHealth(timeoutMs = 2_000): Promise<Health> {
  const redis = getRedis();
  const [db, redisState] = await Promise.all([
    within(async () => (await getDb()).execute(sql`select 1`), timeoutMs),
    redis ? within(() => redis.ping(), timeoutMs) : Promise.resolve(undefined),
  ]);
  return { db, ...(redisState && { redis: redisState }), version: packageJson.version, memory: memoryFigures() };
}
