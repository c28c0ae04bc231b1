import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { unscheduleIssue } from '@/lib/newsletters/issues';

// POST /api/newsletter-issues/{id}/unschedule – back to a draft, before it starts; 409 after
export const POST = signedInRoute<{ id: string }>('POST newsletter issue unschedule', 'newsletter:send', async (request, { id }, actor) => {
  return NextResponse.json({ issue: await unscheduleIssue(actor, idOrNotFound(id, 'Issue')) });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
