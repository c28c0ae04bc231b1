import 'server-only';
import { createHash } from 'node:crypto';
import { decodeImage } from '@/lib/media/sharp';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { media } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { parseOrThrow } from '@/lib/http/route';
import { storage } from '@/lib/storage/storage';
import { checkedImage } from './image-upload';
import { renditionKey, renditionWidths } from './responsive';

export const ARTICLE_IMAGE_MAX_BYTES = 10 * 1024 * 1024;

const wordsSchema = z.object({
  alt: z.string().trim().min(1, 'Describe the image for readers who cannot see it').max(500),
  caption: z.string().trim().max(1000).default(''),
  credit: z.string().trim().max(200).default(''),
});

export type UploadedImage = { id: number; url: string; width: number; height: number; alt: string; caption: string; credit: string };

/**
 * Stores an image for a story: checked by its bytes, turned upright, stripped of metadata (a phone photo's
 * GPS position stays with the phone), saved as WebP in each responsive width under a content-hashed name.
 */
export async function uploadArticleImage(actor: Actor, file: File, words: Record<string, unknown>): Promise<UploadedImage> {
  assertCan(actor, 'article:create');
  const meta = parseOrThrow(wordsSchema, words);
  const image = await checkedImage(file, ARTICLE_IMAGE_MAX_BYTES, 'image');
  const hash = createHash('sha256').update(image.bytes).digest('hex').slice(0, 20);
  const widths = renditionWidths(image.width);
  let url = '';
  for (const width of widths) {
    const bytes = await decodeImage(image.bytes).rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
    url = (await storage.put(renditionKey(hash, width), bytes, 'image/webp')).url;
  }
  const largest = widths[widths.length - 1]!;
  const height = Math.round((image.height * largest) / image.width);
  const db = await getDb();
  const [row] = await db
    .insert(media)
    .values({ url, storageKey: renditionKey(hash, largest), mimeType: 'image/webp', width: largest, height, bytes: image.bytes.length, ...meta, uploadedBy: actor.id })
    .returning();
  return { id: row!.id, url, width: largest, height, alt: row!.alt, caption: row!.caption, credit: row!.credit };
}
