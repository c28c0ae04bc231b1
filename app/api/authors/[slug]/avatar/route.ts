import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { AVATAR_MAX_BYTES, uploadAvatar } from '@/lib/authors/update-profile';
import { slugOrNotFound } from '@/lib/http/params';
import { route, otherMethods } from '@/lib/http/route';
import { uploadedFile } from '@/lib/media/image-upload';

// POST /api/authors/[slug]/avatar – upload a new avatar (multipart field "avatar"); resized and stored
export const POST = route<{ slug: string }>('POST avatar', async (request, { slug }) => {
  const actor = await requireActor(request);
  const { file } = await uploadedFile(request, 'avatar', AVATAR_MAX_BYTES);
  return NextResponse.json(await uploadAvatar(actor, slugOrNotFound(slug, 'Author'), file));
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
