import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { media } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { parseOrThrow } from '@/lib/validation/parse';
import { checkedImage } from './image-upload';
import { ARTICLE_IMAGE_MAX_BYTES, storeRenditions } from './renditions';

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
  const stored = await storeRenditions(image);
  const db = await getDb();
  const [row] = await db.insert(media).values({ ...stored, ...meta, uploadedBy: actor.id }).returning();
  return { id: row!.id, url: stored.url, width: stored.width, height: stored.height, alt: row!.alt, caption: row!.caption, credit: row!.credit };
}
