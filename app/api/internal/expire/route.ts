import { z } from 'zod';
import { expireNow } from '@/lib/cache/expire';
import { checkHealth } from '@/lib/health/check-health';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow, readJson, route, otherMethods } from '@/lib/http/route';
import { isSelfCall } from '@/lib/server/self-call';

const bodySchema = z.object({ tags: z.array(z.string().max(256)).max(1000) });

// POST /api/internal/expire {tags} – the second expiry of lib/cache/expire.ts; the server itself only
export const POST = route('POST expire', async (request) => {
  if (!isSelfCall(request)) throw new AppError('forbidden', 'Only the server itself may call this.');
  const { tags } = parseOrThrow(bodySchema, await readJson(request, 262_144));
  // A page expired now could not be rendered again while the database is down: its cached copy serves on.
  if ((await checkHealth(1_000)).db !== 'ok') throw new AppError('unavailable', 'The database is down; expire later.', undefined, { 'Retry-After': '2' });
  expireNow(tags);
  return new Response(null, { status: 204 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
