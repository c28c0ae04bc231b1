import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { AVATAR_MAX_BYTES, uploadAvatar } from '@/lib/authors/update-profile';
import { slugOrNotFound } from '@/lib/http/params';
import { route } from '@/lib/http/route';
import { uploadedFile } from '@/lib/media/image-upload';

// POST /api/authors/[slug]/avatar – upload a new avatar (multipart field "avatar"); resized and stored
export const POST = route<{ slug: string }>('POST avatar', async (request, { slug }) => {
  const actor = await requireActor(request);
  const { file } = await uploadedFile(request, 'avatar', AVATAR_MAX_BYTES);
  return NextResponse.json(await uploadAvatar(actor, slugOrNotFound(slug, 'Author'), file));
});
