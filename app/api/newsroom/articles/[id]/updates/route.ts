import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { addArticleUpdate } from '@/lib/newsroom/article-updates';

// POST /api/newsroom/articles/[id]/updates {kind: update|correction, body} – editors; shown on the story
export const POST = signedInRoute<{ id: string }>('POST article update', 'article:correct', async (request, { id }, actor) => {
  return NextResponse.json({ update: await addArticleUpdate(actor, idOrNotFound(id, 'Article'), await readJson(request)) }, { status: 201 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
