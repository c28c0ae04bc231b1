import { NextResponse } from 'next/server';
import { slugOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { createIssue, listIssues } from '@/lib/newsletters/issues';

/** An intro is a body document; a long one stays well under this. */
const MAX_ISSUE_BYTES = 262_144;

// GET /api/newsletters/{slug}/issues – the list's issues with their progress (editors)
export const GET = signedInRoute<{ slug: string }>('GET newsletter issues', 'newsletter:send', async (request, { slug }, actor) => {
  return NextResponse.json(await listIssues(actor, slugOrNotFound(slug, 'Newsletter')));
});

// POST /api/newsletters/{slug}/issues {subject, intro?, articleIds?, kind?: issue|alert} – a draft (editors)
export const POST = signedInRoute<{ slug: string }>('POST newsletter issue', 'newsletter:send', async (request, { slug }, actor) => {
  const issue = await createIssue(actor, slugOrNotFound(slug, 'Newsletter'), await readJson(request, MAX_ISSUE_BYTES));
  return NextResponse.json({ issue }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
