import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { AVATAR_MAX_BYTES, uploadAvatar } from '@/lib/authors/update-profile';
import { AppError } from '@/lib/http/errors';
import { slugOrNotFound } from '@/lib/http/params';
import { route } from '@/lib/http/route';

// POST /api/authors/[slug]/avatar – upload a new avatar (multipart field "avatar"); resized and stored
export const POST = route<{ slug: string }>('POST avatar', async (request, { slug }) => {
  const actor = await requireActor(request);
  if (Number(request.headers.get('content-length') ?? 0) > AVATAR_MAX_BYTES + 64 * 1024) {
    throw new AppError('payload_too_large', 'Images are at most 5 MB.');
  }
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new AppError('unsupported_media_type', 'Upload the image as multipart/form-data.');
  }
  const form = await request.formData().catch(() => {
    throw new AppError('invalid_input', 'The upload could not be read.', { avatar: 'Unreadable upload' });
  });
  const file = form.get('avatar');
  const result = await uploadAvatar(actor, slugOrNotFound(slug, 'Author'), file instanceof File ? file : null);
  return NextResponse.json(result);
});
