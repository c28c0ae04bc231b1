import { fileDownload } from '@/lib/http/download';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { downloadBackup } from '@/lib/transfer/backup/backup-desk';

// GET /api/newsroom/backup – admins: the whole publication (database and uploads) as a .tar.gz, streamed
export const GET = signedInRoute('GET backup', 'data:manage', async (request, _params, actor) => {
  const { stream, filename } = await downloadBackup(actor);
  return fileDownload(stream, filename, 'application/gzip');
}, { fresh: true });

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
