import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { createSection, listNewsroomSections } from '@/lib/sections/manage-sections';

const noStore = { 'Cache-Control': 'private, no-store' };

// GET /api/sections – every section in order, hidden ones too, with story counts (editors, admins)
export const GET = route('GET sections', async (request) => {
  return NextResponse.json({ sections: await listNewsroomSections(await requireActor(request)) }, { headers: noStore });
});

// POST /api/sections – create {name, slug?, description?} (editors, admins)
export const POST = route('POST section', async (request) => {
  const actor = await requireActor(request);
  return NextResponse.json({ section: await createSection(actor, await readJson(request)) }, { status: 201, headers: noStore });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
