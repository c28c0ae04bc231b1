import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { settings } from '@/lib/db/schema';
import { defaultSettings } from './defaults';

export type Settings = { -readonly [K in keyof typeof defaultSettings]: (typeof defaultSettings)[K] extends string ? string : (typeof defaultSettings)[K] extends boolean ? boolean : number };

/** The named settings, from the settings table, falling back to the defaults for any not stored. */
export async function readSettings<K extends keyof Settings>(db: Db | Tx, keys: K[]): Promise<Pick<Settings, K>> {
  const rows = await db.select().from(settings).where(inArray(settings.key, keys));
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(keys.map((k) => [k, stored[k] ?? defaultSettings[k]])) as Pick<Settings, K>;
}
