import { NextResponse } from 'next/server';
import { assertCan } from '@/lib/auth/actor';
import { notFound } from '@/lib/http/errors';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { uploadedFile } from '@/lib/media/image-upload';
import { removeSiteImage, SITE_IMAGE_MAX_BYTES, uploadSiteImage } from '@/lib/settings/site-images';
import { SITE_IMAGE_KINDS, type SiteImageKind } from '@/lib/settings/site-settings-schema';

const kindOf = (raw: string): SiteImageKind => {
  if (!(SITE_IMAGE_KINDS as readonly string[]).includes(raw)) throw notFound('Image setting');
  return raw as SiteImageKind;
};
const noStore = { 'Cache-Control': 'private, no-store' };

// POST /api/settings/images/[kind] – multipart `image` (JPEG, PNG, WebP) as the logo, icon or share-image (admins)
export const POST = signedInRoute<{ kind: string }>('POST site image', 'settings:edit', async (request, { kind }, actor) => {
  assertCan(actor, 'settings:edit'); // before reading a large body from someone who may not upload
  const imageKind = kindOf(kind);
  const { file } = await uploadedFile(request, 'image', SITE_IMAGE_MAX_BYTES);
  return NextResponse.json({ settings: await uploadSiteImage(actor, imageKind, file) }, { status: 201, headers: noStore });
});

// DELETE /api/settings/images/[kind] – back to none (admins)
export const DELETE = signedInRoute<{ kind: string }>('DELETE site image', 'settings:edit', async (request, { kind }, actor) => {
  return NextResponse.json({ settings: await removeSiteImage(actor, kindOf(kind)) }, { headers: noStore });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH } = otherMethods('POST', 'DELETE');
