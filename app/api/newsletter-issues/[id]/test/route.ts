import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { route, otherMethods } from '@/lib/http/route';
import { sendTestIssue } from '@/lib/newsletters/issues';

// POST /api/newsletter-issues/{id}/test – the email to the editor's own address, marked [Test]: 202 {to}
export const POST = route<{ id: string }>('POST newsletter issue test', async (request, { id }) => {
  return NextResponse.json(await sendTestIssue(await requireActor(request), idOrNotFound(id, 'Issue')), { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
