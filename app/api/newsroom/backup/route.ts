import { requireActor } from '@/lib/auth/actor';
import { fileDownload } from '@/lib/http/download';
import { otherMethods, route } from '@/lib/http/route';
import { downloadBackup } from '@/lib/transfer/backup/backup-desk';

// GET /api/newsroom/backup – admins: the whole publication (database and uploads) as a .tar.gz, streamed
export const GET = route('GET backup', async (request) => {
  const actor = await requireActor(request, { fresh: true });
  const { stream, filename } = await downloadBackup(actor);
  return fileDownload(stream, filename, 'application/gzip');
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
