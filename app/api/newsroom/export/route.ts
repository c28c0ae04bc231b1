import { fileDownload } from '@/lib/http/download';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { downloadExport } from '@/lib/transfer/export/export-download';

// GET /api/newsroom/export – admins: the publication as JSON Lines (README, "Export format"), streamed
export const GET = signedInRoute('GET export', 'data:manage', async (request, _params, actor) => {
  const { stream, filename } = await downloadExport(actor);
  return fileDownload(stream, filename, 'application/x-ndjson; charset=utf-8');
}, { fresh: true });

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
