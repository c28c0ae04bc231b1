import { NextResponse } from 'next/server';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { listNewsroomPages } from '@/lib/pages/newsroom-pages';

// GET /api/newsroom/pages – every page (About, Contact…), whatever its state (editors, admins); create one with POST /api/newsroom/articles {kind: "page"}
export const GET = signedInRoute('GET newsroom pages', 'page:manage', async (request, _params, actor) => {
  return NextResponse.json({ pages: await listNewsroomPages(actor) }, { headers: { 'Cache-Control': 'private, no-store' } });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
