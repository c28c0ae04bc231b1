/**
 * Uploaded article images are stored in several widths, named `…/<hash>-<width>.webp`, so pages can offer the
 * browser a srcset without resizing on request. The widths follow from the original's width alone.
 */
export const RENDITION_WIDTHS = [480, 960, 1600] as const; // the last is the largest stored

/** The widths stored for an image `width` pixels wide: each standard width below it, and the largest it allows. */
export function renditionWidths(width: number): number[] {
  const largest = Math.min(width, RENDITION_WIDTHS[2]);
  return [...RENDITION_WIDTHS.filter((w) => w < largest), largest];
}

const RENDITION = /^(\/uploads\/media\/[a-z0-9]+)-(\d+)\.webp$/;

/** `srcset` for an uploaded image's largest rendition URL; null for any other image. */
export function renditionSrcSet(url: string): string | null {
  const match = RENDITION.exec(url);
  if (!match) return null;
  return renditionWidths(Number(match[2]))
    .map((w) => `${match[1]}-${w}.webp ${w}w`)
    .join(', ');
}

export const renditionKey = (hash: string, width: number) => `media/${hash}-${width}.webp`;
