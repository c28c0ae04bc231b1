import 'server-only';
import { and, desc, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { siteBanners } from '@/lib/db/schema';
import { bannerLevel } from '@/lib/db/schema/enums';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { cachedRead } from '@/lib/cache/cached';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { recordAction } from '@/lib/moderation/audit';
import { navLinkSchema } from '@/lib/settings/site-settings-schema';

/**
 * The breaking-news banner: editors put one up (text, optional link, level, until when) and it shows on every
 * page. Pages stay cached: the banner is read by the browser from /api/banner, whose answer is tagged `banner`
 * and expired (and purged from a cache tier) the moment the banner changes.
 */

export type Banner = { id: number; text: string; url: string | null; level: (typeof bannerLevel.enumValues)[number]; expiresAt: string };

const DAY_MS = 24 * 3600_000;
const bannerSchema = z
  .object({
    text: z
      .string({ error: 'Say what the banner says' })
      .trim()
      .min(1, 'Say what the banner says')
      .max(200, 'Banners are at most 200 characters')
      .refine((v) => !/[\r\n]/.test(v), 'One line only'),
    url: z.union([z.literal(''), navLinkSchema.shape.url]).optional(),
    level: z.enum(bannerLevel.enumValues, 'Choose breaking, developing or notice'),
    expiresAt: z.iso.datetime({ offset: true, message: 'Give a date and time' }),
  })
  .strict();

async function readActiveBanner(): Promise<Banner | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(siteBanners)
    .where(and(isNull(siteBanners.clearedAt), gt(siteBanners.expiresAt, new Date())))
    .orderBy(desc(siteBanners.id))
    .limit(1);
  return row ? { id: row.id, text: row.text, url: row.url, level: row.level, expiresAt: row.expiresAt.toISOString() } : null;
}

/** The banner up now, if any (cached a minute at most: it may expire by itself). */
export const getActiveBanner = cachedRead('banner', readActiveBanner, () => [cacheTags.banner], 60);

/** Puts a banner up (replacing the one up now); audited. */
export async function setBanner(actor: Actor, raw: unknown): Promise<Banner> {
  assertCan(actor, 'banner:manage');
  const input = parseOrThrow(bannerSchema, raw);
  const expiresAt = new Date(input.expiresAt);
  const now = Date.now();
  if (expiresAt.getTime() <= now) throw fieldError('That time has passed: choose a later one');
  if (expiresAt.getTime() > now + 7 * DAY_MS) throw fieldError('A banner stays up a week at most');
  const db = await getDb();
  const banner = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(siteBanners)
      .values({ text: input.text, url: input.url || null, level: input.level, expiresAt, createdBy: actor.id })
      .returning();
    await recordAction(tx, { actorId: actor.id, action: 'banner.set', targetType: 'banner', targetId: row!.id, after: { text: row!.text, url: row!.url, level: row!.level, expiresAt: input.expiresAt } });
    return row!;
  });
  expireTags([cacheTags.banner]);
  return { id: banner.id, text: banner.text, url: banner.url, level: banner.level, expiresAt: banner.expiresAt.toISOString() };
}

/** Takes the banner down (nothing up: nothing happens); audited. */
export async function clearBanner(actor: Actor): Promise<void> {
  assertCan(actor, 'banner:manage');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const cleared = await tx.update(siteBanners).set({ clearedAt: new Date() }).where(isNull(siteBanners.clearedAt)).returning();
    for (const row of cleared) await recordAction(tx, { actorId: actor.id, action: 'banner.clear', targetType: 'banner', targetId: row.id, before: { text: row.text } });
  });
  expireTags([cacheTags.banner]);
}

/** How long an answer naming `banner` may be kept: a minute, or until it expires if that is sooner. */
export function bannerMaxAge(banner: Banner | null, now = Date.now()): number {
  if (!banner) return 60;
  return Math.max(1, Math.min(60, Math.floor((Date.parse(banner.expiresAt) - now) / 1000)));
}

const fieldError = (message: string) => new AppError('invalid_input', message, { fields: { expiresAt: message } });
