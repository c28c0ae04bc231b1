import 'server-only';
import { createHash } from 'node:crypto';
import { decodeImage } from '@/lib/media/sharp';
import { getDb } from '@/lib/db/client';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { checkedImage, type CheckedImage } from '@/lib/media/image-upload';
import { storage } from '@/lib/storage/storage';
import { readSiteSettings } from './site-settings';
import type { SiteIcon, SiteImage, SiteImageKind, SiteSettings } from './site-settings-schema';
import { writeSetting } from './write-setting';

export const SITE_IMAGE_MAX_BYTES = 10 * 1024 * 1024;

const SETTING_OF = { logo: 'logo', icon: 'icon', 'share-image': 'shareImage' } as const satisfies Record<SiteImageKind, keyof SiteSettings>;

const hashOf = (image: CheckedImage) => createHash('sha256').update(image.bytes).digest('hex').slice(0, 20);

/** The masthead logo: at most 800 × 160, transparency kept, so it stays sharp on a phone's dense screen. */
async function storeLogo(image: CheckedImage): Promise<SiteImage> {
  const { data, info } = await decodeImage(image.bytes)
    .rotate()
    .resize({ width: 800, height: 160, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 90, alphaQuality: 100 })
    .toBuffer({ resolveWithObject: true });
  const { url } = await storage.put(`site/logo-${hashOf(image)}.webp`, data, 'image/webp');
  return { url, width: info.width, height: info.height };
}

/** Favicon and touch icons: square PNGs, the picture fitted inside on a transparent ground. */
async function storeIcon(image: CheckedImage): Promise<SiteIcon> {
  const hash = hashOf(image);
  const png = async (size: number) => {
    const bytes = await decodeImage(image.bytes)
      .rotate()
      .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
    return (await storage.put(`site/icon-${hash}-${size}.png`, bytes, 'image/png')).url;
  };
  return { favicon: await png(32), appleTouch: await png(180), icon192: await png(192), icon512: await png(512) };
}

/** The picture shared links show when a page has none of its own: 1200 × 630, the size social sites ask for. */
async function storeShareImage(image: CheckedImage): Promise<SiteImage> {
  const bytes = await decodeImage(image.bytes).rotate().resize(1200, 630, { fit: 'cover' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  const { url } = await storage.put(`site/share-${hashOf(image)}.jpg`, bytes, 'image/jpeg');
  return { url, width: 1200, height: 630 };
}

async function saveImageSetting(actor: Actor, kind: SiteImageKind, value: SiteImage | SiteIcon | null): Promise<SiteSettings> {
  const key = SETTING_OF[kind];
  const db = await getDb();
  await db.transaction(async (tx) => {
    const current = await readSiteSettings(tx);
    await writeSetting(tx, actor.id, key, current[key], value);
  });
  expireTags([cacheTags.site]);
  return readSiteSettings(db);
}

/**
 * Replaces the logo, the icon or the share image (admins only). The upload is trusted only for what its bytes
 * are: a JPEG, PNG or WebP (an SVG, which can carry script, is refused), re-encoded without its metadata.
 */
export async function uploadSiteImage(actor: Actor, kind: SiteImageKind, file: File): Promise<SiteSettings> {
  assertCan(actor, 'settings:edit');
  const image = await checkedImage(file, SITE_IMAGE_MAX_BYTES, 'image');
  const stored = kind === 'logo' ? await storeLogo(image) : kind === 'icon' ? await storeIcon(image) : await storeShareImage(image);
  return saveImageSetting(actor, kind, stored);
}

/** Goes back to no logo (the name in type), no icon or no share image. */
export async function removeSiteImage(actor: Actor, kind: SiteImageKind): Promise<SiteSettings> {
  assertCan(actor, 'settings:edit');
  return saveImageSetting(actor, kind, null);
}
