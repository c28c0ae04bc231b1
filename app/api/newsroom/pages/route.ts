import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { route, otherMethods } from '@/lib/http/route';
import { listNewsroomPages } from '@/lib/pages/newsroom-pages';

// GET /api/newsroom/pages – every page (About, Contact…), whatever its state (editors, admins); create one with POST /api/newsroom/articles {kind: "page"}
export const GET = route('GET newsroom pages', async (request) => {
  return NextResponse.json({ pages: await listNewsroomPages(await requireActor(request)) }, { headers: { 'Cache-Control': 'private, no-store' } });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
