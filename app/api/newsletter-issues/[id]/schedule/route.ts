import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { scheduleIssue } from '@/lib/newsletters/issues';

// POST /api/newsletter-issues/{id}/schedule {at?} – send at `at` (ISO time), or now without it; audited
export const POST = route<{ id: string }>('POST newsletter issue schedule', async (request, { id }) => {
  return NextResponse.json({ issue: await scheduleIssue(await requireActor(request), idOrNotFound(id, 'Issue'), await readJson(request)) });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
