import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { settings } from '@/lib/db/schema';
import { defaultSettings } from './defaults';

export type Settings = { -readonly [K in keyof typeof defaultSettings]: (typeof defaultSettings)[K] extends string ? string : (typeof defaultSettings)[K] extends boolean ? boolean : number };

/** The stored values of `keys`, by key; keys never stored are absent. */
export async function readStoredSettings(db: Db | Tx, keys: readonly string[]): Promise<Map<string, unknown>> {
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings).where(inArray(settings.key, [...keys]));
  return new Map(rows.map((r) => [r.key, r.value]));
}

/** The named moderation settings, from the settings table, falling back to the defaults for any not stored. */
export async function readSettings<K extends keyof Settings>(db: Db | Tx, keys: K[]): Promise<Pick<Settings, K>> {
  const stored = await readStoredSettings(db, keys);
  return Object.fromEntries(keys.map((k) => [k, stored.get(k) ?? defaultSettings[k]])) as Pick<Settings, K>;
}
