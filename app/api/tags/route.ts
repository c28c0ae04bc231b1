import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { route, searchParamsOf, otherMethods } from '@/lib/http/route';
import { listTags } from '@/lib/tags/manage-tags';

// GET /api/tags?q=&page= – tags with their story counts (editors, admins)
export const GET = route('GET tags', async (request) => {
  const actor = await requireActor(request);
  return NextResponse.json(await listTags(actor, searchParamsOf(request)), { headers: { 'Cache-Control': 'private, no-store' } });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
