import 'server-only';
import Redis from 'ioredis';
import { env } from '@/lib/env';

type Holder = { clients: Map<string, Redis> };
const holder: Holder = ((globalThis as { __broadsheetRedis?: Holder }).__broadsheetRedis ??= { clients: new Map() });

/** The process's Redis connection when REDIS_URL is set (shared limits, health), else null. */
export function getRedis(): Redis | null {
  if (!env.REDIS_URL) return null;
  let client = holder.clients.get(env.REDIS_URL);
  if (!client) {
    client = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    // A connection that drops must not crash the process; commands fail (and limits fall back) until it returns.
    client.on('error', () => {});
    holder.clients.set(env.REDIS_URL, client);
  }
  return client;
}

/** Closes the connections (on shutdown), letting queued commands finish. */
export async function closeRedis(): Promise<void> {
  const clients = [...holder.clients.values()];
  holder.clients.clear();
  await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
}
