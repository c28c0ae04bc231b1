import { NextResponse } from 'next/server';
import { searchParamsOf, otherMethods, signedInRoute } from '@/lib/http/route';
import { listTags } from '@/lib/tags/manage-tags';

// GET /api/tags?q=&page= – tags with their story counts (editors, admins)
export const GET = signedInRoute('GET tags', 'tag:manage', async (request, _params, actor) => {
  return NextResponse.json(await listTags(actor, searchParamsOf(request)), { headers: { 'Cache-Control': 'private, no-store' } });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
