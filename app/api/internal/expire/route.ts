import { NextResponse } from 'next/server';
import { z } from 'zod';
import { expireTags } from '@/lib/cache/expire';
import { AppError } from '@/lib/http/errors';
import { otherMethods, readJson, route } from '@/lib/http/route';
import { parseOrThrow } from '@/lib/validation/parse';
import { isSelfCall } from '@/lib/server/self-call';

const bodySchema = z.object({ tags: z.array(z.string().min(1).max(300)).max(10_000) });

// POST /api/internal/expire – the server itself, after work done outside a request (an import from the command line)
export const POST = route('POST expire', async (request) => {
  if (!isSelfCall(request)) throw new AppError('forbidden', 'Only the server itself may call this.');
  const { tags } = parseOrThrow(bodySchema, await readJson(request, 1_000_000));
  expireTags(tags);
  return NextResponse.json({ expired: tags.length });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
