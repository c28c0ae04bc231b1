import 'server-only';
import sharp from 'sharp';
import { textImage, withoutEmoji } from '@/lib/articles/share-image';

const SIZE = 32;
const drawn = new Map<string, Promise<Buffer>>();

/**
 * The favicon of a publication that has not uploaded an icon: the first letter of its name, white on black, so
 * browsers asking /favicon.ico get a picture (not a 404 in every reader's console). Drawn once per name.
 */
export function defaultFavicon(publicationName: string): Promise<Buffer> {
  const letter = [...withoutEmoji(publicationName)][0]?.toUpperCase() ?? '·';
  let icon = drawn.get(letter);
  if (!icon) {
    icon = draw(letter);
    drawn.set(letter, icon);
  }
  return icon;
}

async function draw(letter: string) {
  const glyph = await textImage(letter, { font: 'DejaVu Serif Bold 22', color: '#ffffff', width: SIZE });
  return sharp({ create: { width: SIZE, height: SIZE, channels: 4, background: '#111111' } })
    .composite([{ input: glyph.input, top: Math.max(0, Math.round((SIZE - glyph.height) / 2)), left: Math.max(0, Math.round((SIZE - glyph.width) / 2)) }])
    .png()
    .toBuffer();
}
