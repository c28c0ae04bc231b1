import { NextResponse } from 'next/server';
import { slugOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { mergeTag } from '@/lib/tags/manage-tags';

// POST /api/tags/[slug]/merge – move its stories to {into} and delete it; its address redirects (editors, admins)
export const POST = signedInRoute<{ slug: string }>('POST tag merge', 'tag:manage', async (request, { slug }, actor) => {
  const tag = await mergeTag(actor, slugOrNotFound(slug, 'Tag'), await readJson(request));
  return NextResponse.json({ tag }, { headers: { 'Cache-Control': 'private, no-store' } });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
