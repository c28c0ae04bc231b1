import 'server-only';
import { MAX_IMAGE_PIXELS, readImageHeader } from '@/lib/media/sharp';
import { AppError } from '@/lib/http/errors';
import { assertStorableText } from '@/lib/validation/storable-text';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * The file in a multipart upload's `field`, with the form's text fields. Refuses an oversized body before reading it (413), anything that
 * is not multipart (415) and a form without the file (400).
 */
export async function uploadedFile(request: Request, field: string, maxBytes: number, noun = 'image'): Promise<{ file: File; text: Record<string, string> }> {
  const a = /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes + 64 * 1024) {
    throw new AppError('payload_too_large', `${noun[0]!.toUpperCase()}${noun.slice(1)}s are at most ${megabytes(maxBytes)}.`, { fields: { [field]: `At most ${megabytes(maxBytes)}` } });
  }
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new AppError('unsupported_media_type', `Upload the ${noun} as multipart/form-data.`);
  }
  const form = await request.formData().catch(() => {
    throw new AppError('invalid_input', 'The upload could not be read.', { fields: { [field]: 'Unreadable upload' } });
  });
  const file = form.get(field);
  if (!(file instanceof File)) throw new AppError('invalid_input', `Choose ${a} to upload.`, { fields: { [field]: `Choose ${a}` } });
  const text = Object.fromEntries([...form.entries()].flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
  assertStorableText(text);
  return { file, text };
}

export type CheckedImage = { bytes: Buffer; format: 'jpeg' | 'png' | 'webp'; width: number; height: number };

/**
 * An uploaded image, trusted only for what its bytes are: a JPEG, PNG or WebP that sharp can read. The file's
 * name and declared type are ignored, so a PHP script renamed photo.jpg is refused.
 */
export async function checkedImage(file: File, maxBytes: number, field: string): Promise<CheckedImage> {
  if (file.size > maxBytes) throw new AppError('payload_too_large', `Images are at most ${megabytes(maxBytes)}.`);
  const bytes = Buffer.from(await file.arrayBuffer());
  const meta = await readImageHeader(bytes).catch(() => null);
  const format = meta?.format;
  if (!meta || (format !== 'jpeg' && format !== 'png' && format !== 'webp') || !meta.width || !meta.height) {
    throw new AppError('invalid_input', 'That file is not a JPEG, PNG or WebP image.', { fields: { [field]: 'Not a JPEG, PNG or WebP image' } });
  }
  // Refused from its header, before a byte is decoded: a 16000 × 16000 picture would take a gigabyte.
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) {
    const message = `Images are at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels; this one is ${meta.width} × ${meta.height}.`;
    throw new AppError('payload_too_large', message, { fields: { [field]: message } });
  }
  // EXIF-rotated photos report their stored size; the size readers see is the rotated one.
  const turned = (meta.orientation ?? 1) >= 5;
  return { bytes, format, width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height };
}
