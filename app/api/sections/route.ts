import { NextResponse } from 'next/server';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { createSection, listNewsroomSections } from '@/lib/sections/manage-sections';

const noStore = { 'Cache-Control': 'private, no-store' };

// GET /api/sections – every section in order, hidden ones too, with story counts (editors, admins)
export const GET = signedInRoute('GET sections', 'section:manage', async (request, _params, actor) => {
  return NextResponse.json({ sections: await listNewsroomSections(actor) }, { headers: noStore });
});

// POST /api/sections – create {name, slug?, description?} (editors, admins)
export const POST = signedInRoute('POST section', 'section:manage', async (request, _params, actor) => {
  return NextResponse.json({ section: await createSection(actor, await readJson(request)) }, { status: 201, headers: noStore });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
