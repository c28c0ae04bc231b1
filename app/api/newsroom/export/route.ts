import { Readable } from 'node:stream';
import { requireActor } from '@/lib/auth/actor';
import { otherMethods, route } from '@/lib/http/route';
import { downloadExport } from '@/lib/transfer/export/export-download';

// GET /api/newsroom/export – admins: the publication as JSON Lines (README, "Export format"), streamed
export const GET = route('GET export', async (request) => {
  const actor = await requireActor(request, { fresh: true });
  const { stream, filename } = await downloadExport(actor);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
