import { NextResponse } from 'next/server';
import { slugOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { deleteSection, updateSection } from '@/lib/sections/manage-sections';

// PATCH /api/sections/[slug] – rename (old addresses redirect), describe, hide, move {name?, slug?, description?, hidden?, position?}
export const PATCH = signedInRoute<{ slug: string }>('PATCH section', 'section:manage', async (request, { slug }, actor) => {
  const section = await updateSection(actor, slugOrNotFound(slug, 'Section'), await readJson(request));
  return NextResponse.json({ section }, { headers: { 'Cache-Control': 'private, no-store' } });
});

// DELETE /api/sections/[slug] – only an empty section (409 with its story count otherwise)
export const DELETE = signedInRoute<{ slug: string }>('DELETE section', 'section:manage', async (request, { slug }, actor) => {
  await deleteSection(actor, slugOrNotFound(slug, 'Section'));
  return new Response(null, { status: 204 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
