import { ownData } from '@/lib/accounts/own-data';
import { fileDownload } from '@/lib/http/download';
import { requireActor } from '@/lib/auth/actor';
import { otherMethods, route } from '@/lib/http/route';

// GET /api/account/export – "Download my data": the signed-in person's account and everything they wrote, as a JSON file
export const GET = route('GET account export', async (request) => {
  const data = await ownData(await requireActor(request, { fresh: true }));
  return fileDownload(JSON.stringify(data), `my-data-${data.exportedAt.slice(0, 10)}.json`, 'application/json');
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
