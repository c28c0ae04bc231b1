import { NextResponse } from 'next/server';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { recordView } from '@/lib/most-read/views';

// POST /api/views {id} – a story page was seen (its beacon): 204 whether or not it was counted (bots, prefetches)
export const POST = route('POST view', async (request) => {
  await recordView(request, await readJson(request, 256));
  return new NextResponse(null, { status: 204 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
