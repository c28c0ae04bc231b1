import { NextResponse } from 'next/server';
import { AVATAR_MAX_BYTES, uploadAvatar } from '@/lib/authors/update-profile';
import { slugOrNotFound } from '@/lib/http/params';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { uploadedFile } from '@/lib/media/image-upload';

// POST /api/authors/[slug]/avatar – upload a new avatar (multipart field "avatar"); resized and stored
export const POST = signedInRoute<{ slug: string }>('POST avatar', 'profile:edit', async (request, { slug }, actor) => {
  const { file } = await uploadedFile(request, 'avatar', AVATAR_MAX_BYTES);
  return NextResponse.json(await uploadAvatar(actor, slugOrNotFound(slug, 'Author'), file));
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
