import { requireActor } from '@/lib/auth/actor';
import { fileDownload } from '@/lib/http/download';
import { otherMethods, route } from '@/lib/http/route';
import { downloadExport } from '@/lib/transfer/export/export-download';

// GET /api/newsroom/export – admins: the publication as JSON Lines (README, "Export format"), streamed
export const GET = route('GET export', async (request) => {
  const actor = await requireActor(request, { fresh: true });
  const { stream, filename } = await downloadExport(actor);
  return fileDownload(stream, filename, 'application/x-ndjson; charset=utf-8');
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
