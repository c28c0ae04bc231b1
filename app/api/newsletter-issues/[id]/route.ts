import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { deleteIssue, readIssue, updateIssue } from '@/lib/newsletters/issues';

const MAX_ISSUE_BYTES = 262_144;

// GET /api/newsletter-issues/{id} – the issue, its stories and its progress (editors)
export const GET = signedInRoute<{ id: string }>('GET newsletter issue', 'newsletter:send', async (request, { id }, actor) => {
  return NextResponse.json({ issue: await readIssue(actor, idOrNotFound(id, 'Issue')) });
});

// PATCH /api/newsletter-issues/{id} {subject?, intro?, articleIds?} – until it is sent; 409 after
export const PATCH = signedInRoute<{ id: string }>('PATCH newsletter issue', 'newsletter:send', async (request, { id }, actor) => {
  return NextResponse.json({ issue: await updateIssue(actor, idOrNotFound(id, 'Issue'), await readJson(request, MAX_ISSUE_BYTES)) });
});

// DELETE /api/newsletter-issues/{id} – a draft or scheduled issue; 409 once sending started
export const DELETE = signedInRoute<{ id: string }>('DELETE newsletter issue', 'newsletter:send', async (request, { id }, actor) => {
  await deleteIssue(actor, idOrNotFound(id, 'Issue'));
  return new NextResponse(null, { status: 204 });
});

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
