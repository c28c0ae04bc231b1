import 'server-only';
import { cache } from 'react';
import { getDb, type Db, type Tx } from '@/lib/db/client';
import { isBuildPhase } from '@/lib/env';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { cachedRead } from '@/lib/cache/cached';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { parseOrThrow } from '@/lib/validation/parse';
import { readStoredSettings } from './read-settings';
import { defaultSiteSettings, SITE_SETTING_KEYS, siteSettingsPatchSchema, siteSettingValueSchemas, type SiteSettings } from './site-settings-schema';
import { writeSetting } from './write-setting';

/** The publication's settings; a value missing or no longer valid reads as its default. */
export async function readSiteSettings(db?: Db | Tx): Promise<SiteSettings> {
  const stored = await readStoredSettings(db ?? (await getDb()), SITE_SETTING_KEYS);
  const out: Record<string, unknown> = {};
  for (const key of SITE_SETTING_KEYS) {
    const parsed = siteSettingValueSchemas[key].safeParse(stored.get(key));
    out[key] = parsed.success ? parsed.data : defaultSiteSettings[key];
  }
  return out as SiteSettings;
}

const cachedSiteSettings = cachedRead('site-settings', () => readSiteSettings(), () => [cacheTags.site]);

/**
 * The one cached read every page, feed and email takes its publication details from. `next build` prerenders
 * the framework's own 404 page, when there is no database: that copy gets the defaults, and is never served
 * (every unknown address reaches app/(site)/[...missing], rendered on request). Once per render: every date asks.
 */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => (isBuildPhase ? defaultSiteSettings : cachedSiteSettings()));

/**
 * Changes the fields given (admins only). Each changed value is stored and audited with its before and after,
 * and every page shows it at once: they all read the settings through the `site` tag.
 */
export async function updateSiteSettings(actor: Actor, raw: unknown): Promise<SiteSettings> {
  assertCan(actor, 'settings:edit');
  const patch = parseOrThrow(siteSettingsPatchSchema, raw);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const current = await readSiteSettings(tx);
    for (const [key, value] of Object.entries(patch) as [keyof SiteSettings, unknown][]) {
      if (value === undefined || JSON.stringify(current[key]) === JSON.stringify(value)) continue;
      await writeSetting(tx, actor.id, key, current[key], value);
    }
  });
  expireTags([cacheTags.site]);
  return readSiteSettings(db);
}
