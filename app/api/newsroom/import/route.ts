import { NextResponse } from 'next/server';
import { assertCan } from '@/lib/auth/actor';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { uploadedFile } from '@/lib/media/image-upload';
import { IMPORT_UPLOAD_MAX_BYTES, importUpload } from '@/lib/transfer/import/import-upload';

// POST /api/newsroom/import – admins, multipart `file`: a WordPress, Ghost or Broadsheet export; answers the summary
export const POST = signedInRoute('POST import', 'data:manage', async (request, _params, actor) => {
  assertCan(actor, 'data:manage'); // before reading a large body from someone who may not import
  const { file } = await uploadedFile(request, 'file', IMPORT_UPLOAD_MAX_BYTES, 'export file');
  const { cacheTags: _tags, ...result } = await importUpload(actor, Buffer.from(await file.arrayBuffer()));
  return NextResponse.json({ import: result });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
