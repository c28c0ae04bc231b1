import { createHash } from 'node:crypto';
import { decodeImage } from '@/lib/media/sharp';
import { storage } from '@/lib/storage/storage';
import type { CheckedImage } from './image-upload';
import { renditionKey, renditionWidths } from './responsive';

/** The largest photo a story takes, as uploaded (it is stored resized). */
export const ARTICLE_IMAGE_MAX_BYTES = 10 * 1024 * 1024;

/** Saves a checked image in each responsive width; returns the media row's columns for the largest. */
export async function storeRenditions(image: CheckedImage): Promise<{ url: string; storageKey: string; mimeType: string; width: number; height: number; bytes: number }> {
  const hash = createHash('sha256').update(image.bytes).digest('hex').slice(0, 20);
  const widths = renditionWidths(image.width);
  let url = '';
  for (const width of widths) {
    const bytes = await decodeImage(image.bytes).rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
    url = (await storage.put(renditionKey(hash, width), bytes, 'image/webp')).url;
  }
  const largest = widths[widths.length - 1]!;
  return { url, storageKey: renditionKey(hash, largest), mimeType: 'image/webp', width: largest, height: Math.round((image.height * largest) / image.width), bytes: image.bytes.length };
}
