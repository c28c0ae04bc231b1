import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { getRedis } from '@/lib/redis/client';
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

export type Health = { db: Probe; redis?: Probe; version: string };

/**
 * What a load balancer or an operator asks: does the database answer, does Redis (when configured), and which
 * version runs. Only the database decides readiness: without Redis each instance counts its limits alone.
 */
export async function checkHealth(timeoutMs = 2_000): Promise<Health> {
  const redis = getRedis();
  const [db, redisState] = await Promise.all([
    within(async () => (await getDb()).execute(sql`select 1`), timeoutMs),
    redis ? within(() => redis.ping(), timeoutMs) : Promise.resolve(undefined),
  ]);
  return { db, ...(redisState && { redis: redisState }), version: packageJson.version };
}
