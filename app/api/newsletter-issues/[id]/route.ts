import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { deleteIssue, readIssue, updateIssue } from '@/lib/newsletters/issues';

const MAX_ISSUE_BYTES = 262_144;

// GET /api/newsletter-issues/{id} – the issue, its stories and its progress (editors)
export const GET = route<{ id: string }>('GET newsletter issue', async (request, { id }) => {
  return NextResponse.json({ issue: await readIssue(await requireActor(request), idOrNotFound(id, 'Issue')) });
});

// PATCH /api/newsletter-issues/{id} {subject?, intro?, articleIds?} – until it is sent; 409 after
export const PATCH = route<{ id: string }>('PATCH newsletter issue', async (request, { id }) => {
  return NextResponse.json({ issue: await updateIssue(await requireActor(request), idOrNotFound(id, 'Issue'), await readJson(request, MAX_ISSUE_BYTES)) });
});

// DELETE /api/newsletter-issues/{id} – a draft or scheduled issue; 409 once sending started
export const DELETE = route<{ id: string }>('DELETE newsletter issue', async (request, { id }) => {
  await deleteIssue(await requireActor(request), idOrNotFound(id, 'Issue'));
  return new NextResponse(null, { status: 204 });
});

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
