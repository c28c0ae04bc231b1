import { listQueue } from '@/lib/moderation/queue';
import { searchParamsOf, otherMethods, signedInRoute } from '@/lib/http/route';

// GET /api/moderation/comments?queue=pending|reported|rejected|approved&sort=&article=&section=&q=&cursor= – a moderation queue
export const GET = signedInRoute('GET moderation queue', 'comment:moderate', async (request, _params, actor) => {
  const page = await listQueue(actor, searchParamsOf(request));
  return new Response(page, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' } });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
