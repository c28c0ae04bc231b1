import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { sendBreakingAlert } from '@/lib/newsletters/issues';

// POST /api/newsroom/articles/{id}/alert {newsletter, subject?} – the published story to a list's subscribers now (editors), audited
export const POST = signedInRoute<{ id: string }>('POST article alert', 'newsletter:send', async (request, { id }, actor) => {
  const issue = await sendBreakingAlert(actor, idOrNotFound(id, 'Article'), await readJson(request));
  return NextResponse.json({ issue }, { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
