import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { slugOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { deleteSection, updateSection } from '@/lib/sections/manage-sections';

// PATCH /api/sections/[slug] – rename (old addresses redirect), describe, hide, move {name?, slug?, description?, hidden?, position?}
export const PATCH = route<{ slug: string }>('PATCH section', async (request, { slug }) => {
  const actor = await requireActor(request);
  const section = await updateSection(actor, slugOrNotFound(slug, 'Section'), await readJson(request));
  return NextResponse.json({ section }, { headers: { 'Cache-Control': 'private, no-store' } });
});

// DELETE /api/sections/[slug] – only an empty section (409 with its story count otherwise)
export const DELETE = route<{ slug: string }>('DELETE section', async (request, { slug }) => {
  const actor = await requireActor(request);
  await deleteSection(actor, slugOrNotFound(slug, 'Section'));
  return new Response(null, { status: 204 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
