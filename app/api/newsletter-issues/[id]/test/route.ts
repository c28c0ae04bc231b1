import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { sendTestIssue } from '@/lib/newsletters/issues';

// POST /api/newsletter-issues/{id}/test – the email to the editor's own address, marked [Test]: 202 {to}
export const POST = signedInRoute<{ id: string }>('POST newsletter issue test', 'newsletter:send', async (request, { id }, actor) => {
  return NextResponse.json(await sendTestIssue(actor, idOrNotFound(id, 'Issue')), { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
