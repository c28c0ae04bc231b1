import { Readable } from 'node:stream';
import { requireActor } from '@/lib/auth/actor';
import { otherMethods, route } from '@/lib/http/route';
import { downloadBackup } from '@/lib/transfer/backup/backup-desk';

// GET /api/newsroom/backup – admins: the whole publication (database and uploads) as a .tar.gz, streamed
export const GET = route('GET backup', async (request) => {
  const actor = await requireActor(request, { fresh: true });
  const { stream, filename } = await downloadBackup(actor);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      'Content-Type': 'application/gzip',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
