import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { sendBreakingAlert } from '@/lib/newsletters/issues';

// POST /api/newsroom/articles/{id}/alert {newsletter, subject?} – the published story to a list's subscribers now (editors), audited
export const POST = route<{ id: string }>('POST article alert', async (request, { id }) => {
  const issue = await sendBreakingAlert(await requireActor(request), idOrNotFound(id, 'Article'), await readJson(request));
  return NextResponse.json({ issue }, { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
