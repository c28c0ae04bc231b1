import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { slugOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { deleteTag, renameTag } from '@/lib/tags/manage-tags';

// PATCH /api/tags/[slug] – rename {name, slug?}; the old address redirects (editors, admins)
export const PATCH = route<{ slug: string }>('PATCH tag', async (request, { slug }) => {
  const actor = await requireActor(request);
  const tag = await renameTag(actor, slugOrNotFound(slug, 'Tag'), await readJson(request));
  return NextResponse.json({ tag }, { headers: { 'Cache-Control': 'private, no-store' } });
});

// DELETE /api/tags/[slug] – take the tag off every story and delete it (editors, admins)
export const DELETE = route<{ slug: string }>('DELETE tag', async (request, { slug }) => {
  const actor = await requireActor(request);
  await deleteTag(actor, slugOrNotFound(slug, 'Tag'));
  return new Response(null, { status: 204 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
