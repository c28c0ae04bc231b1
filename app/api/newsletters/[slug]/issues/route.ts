import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { slugOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { createIssue, listIssues } from '@/lib/newsletters/issues';

/** An intro is a body document; a long one stays well under this. */
const MAX_ISSUE_BYTES = 262_144;

// GET /api/newsletters/{slug}/issues – the list's issues with their progress (editors)
export const GET = route<{ slug: string }>('GET newsletter issues', async (request, { slug }) => {
  return NextResponse.json(await listIssues(await requireActor(request), slugOrNotFound(slug, 'Newsletter')));
});

// POST /api/newsletters/{slug}/issues {subject, intro?, articleIds?, kind?: issue|alert} – a draft (editors)
export const POST = route<{ slug: string }>('POST newsletter issue', async (request, { slug }) => {
  const issue = await createIssue(await requireActor(request), slugOrNotFound(slug, 'Newsletter'), await readJson(request, MAX_ISSUE_BYTES));
  return NextResponse.json({ issue }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
