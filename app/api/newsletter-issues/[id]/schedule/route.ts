import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { scheduleIssue } from '@/lib/newsletters/issues';

// POST /api/newsletter-issues/{id}/schedule {at?} – send at `at` (ISO time), or now without it; audited
export const POST = signedInRoute<{ id: string }>('POST newsletter issue schedule', 'newsletter:send', async (request, { id }, actor) => {
  return NextResponse.json({ issue: await scheduleIssue(actor, idOrNotFound(id, 'Issue'), await readJson(request)) });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
