import 'server-only';
import sharp from 'sharp';

/**
 * sharp as the server uses it. Uploads are rare and a small server has no memory to spare, so libvips keeps no
 * cache of decoded images between uploads and works on one thread at a time, and no image of more than
 * MAX_IMAGE_PIXELS is decoded at all (checkedImage refuses it from its header; sharp refuses it too).
 */
sharp.cache(false);
sharp.concurrency(1);

/** 40 megapixels: a full-size photo from a modern camera; decoded, about 120 MB. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** The image in `bytes`, ready to resize: read top to bottom, so libvips holds a strip at a time, not the picture. */
export const decodeImage = (bytes: Buffer) => sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, sequentialRead: true });

/** What the image's header says (format, size, orientation), whatever its size: nothing is decoded. */
export const readImageHeader = (bytes: Buffer) => sharp(bytes).metadata();
