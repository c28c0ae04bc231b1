import { NextResponse } from 'next/server';
import { slugOrNotFound } from '@/lib/http/params';
import { publicCache, route, searchParamsOf, otherMethods } from '@/lib/http/route';
import { liveUpdates } from '@/lib/live/live-blog';

// GET /api/articles/{slug}/live?after=ID – a live blog's state and its entries newer than ID, newest first;
// public, expired the moment an entry changes (and kept two seconds at most by a cache tier in any case)
export const GET = route<{ slug: string }>('GET live blog', async (request, { slug }) => {
  return NextResponse.json(await liveUpdates(slugOrNotFound(slug, 'Live blog'), searchParamsOf(request)), { headers: publicCache(2) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
