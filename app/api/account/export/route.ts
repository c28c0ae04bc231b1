import { ownData } from '@/lib/accounts/own-data';
import { fileDownload } from '@/lib/http/download';
import { otherMethods, signedInRoute } from '@/lib/http/route';

// GET /api/account/export – "Download my data": the signed-in person's account and everything they wrote, as a JSON file
export const GET = signedInRoute('GET account export', 'signed-in', async (request, _params, actor) => {
  const data = await ownData(actor);
  return fileDownload(JSON.stringify(data), `my-data-${data.exportedAt.slice(0, 10)}.json`, 'application/json');
}, { fresh: true });

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
