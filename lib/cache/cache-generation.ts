import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { settings } from '@/lib/db/schema';

const KEY = 'cacheGeneration';

/**
 * Which database the shared cache belongs to: a random id stored with the data on first start. Redis keeps
 * entries and tag expiries under it (lib/cache/stores/redis-store.js), so two databases sharing one Redis, or a
 * database dropped and set up again, never serve each other's pages. Every instance on the same database reads
 * the same id.
 */
export async function cacheGeneration(): Promise<string> {
  const db = await getDb();
  await db.insert(settings).values({ key: KEY, value: randomUUID() }).onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  return String(row!.value);
}
