import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { route, otherMethods } from '@/lib/http/route';
import { unscheduleIssue } from '@/lib/newsletters/issues';

// POST /api/newsletter-issues/{id}/unschedule – back to a draft, before it starts; 409 after
export const POST = route<{ id: string }>('POST newsletter issue unschedule', async (request, { id }) => {
  return NextResponse.json({ issue: await unscheduleIssue(await requireActor(request), idOrNotFound(id, 'Issue')) });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
