import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { addArticleUpdate } from '@/lib/newsroom/article-updates';

// POST /api/newsroom/articles/[id]/updates {kind: update|correction, body} – editors; shown on the story
export const POST = route<{ id: string }>('POST article update', async (request, { id }) => {
  const actor = await requireActor(request);
  return NextResponse.json({ update: await addArticleUpdate(actor, idOrNotFound(id, 'Article'), await readJson(request)) }, { status: 201 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
