import { requireActor } from '@/lib/auth/actor';
import { listQueue } from '@/lib/moderation/queue';
import { route, searchParamsOf, otherMethods } from '@/lib/http/route';

// GET /api/moderation/comments?queue=pending|reported|rejected|approved&sort=&article=&section=&q=&cursor= – a moderation queue
export const GET = route('GET moderation queue', async (request) => {
  const page = await listQueue(await requireActor(request), searchParamsOf(request));
  return new Response(page, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' } });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
