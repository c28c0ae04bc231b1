import { NextResponse } from 'next/server';
import { assertCan } from '@/lib/auth/actor';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { uploadArticleImage } from '@/lib/media/article-images';
import { ARTICLE_IMAGE_MAX_BYTES } from '@/lib/media/renditions';
import { uploadedFile } from '@/lib/media/image-upload';

// POST /api/newsroom/media – multipart: image (JPEG, PNG or WebP), alt, caption?, credit?; stored in responsive widths
export const POST = signedInRoute('POST media', 'article:create', async (request, _params, actor) => {
  assertCan(actor, 'article:create'); // before reading a large body from someone who may not upload
  const { file, text } = await uploadedFile(request, 'image', ARTICLE_IMAGE_MAX_BYTES);
  return NextResponse.json({ image: await uploadArticleImage(actor, file, text) }, { status: 201 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
