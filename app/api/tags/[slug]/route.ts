import { NextResponse } from 'next/server';
import { slugOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { deleteTag, renameTag } from '@/lib/tags/manage-tags';

// PATCH /api/tags/[slug] – rename {name, slug?}; the old address redirects (editors, admins)
export const PATCH = signedInRoute<{ slug: string }>('PATCH tag', 'tag:manage', async (request, { slug }, actor) => {
  const tag = await renameTag(actor, slugOrNotFound(slug, 'Tag'), await readJson(request));
  return NextResponse.json({ tag }, { headers: { 'Cache-Control': 'private, no-store' } });
});

// DELETE /api/tags/[slug] – take the tag off every story and delete it (editors, admins)
export const DELETE = signedInRoute<{ slug: string }>('DELETE tag', 'tag:manage', async (request, { slug }, actor) => {
  await deleteTag(actor, slugOrNotFound(slug, 'Tag'));
  return new Response(null, { status: 204 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
