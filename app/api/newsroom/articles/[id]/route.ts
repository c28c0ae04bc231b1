import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { openArticle } from '@/lib/newsroom/editor-article';
import { deleteArticle, saveArticle } from '@/lib/newsroom/save-article';

/** Documents are JSON trees; a long story with many blocks stays well under this. */
const MAX_ARTICLE_BYTES = 1_048_576;

// GET /api/newsroom/articles/[id] – the editor's copy
export const GET = route<{ id: string }>('GET newsroom article', async (request, { id }) => {
  const actor = await requireActor(request);
  return NextResponse.json({ article: await openArticle(actor, idOrNotFound(id, 'Article')) });
});

// PUT /api/newsroom/articles/[id] – every field plus the `version` it was loaded at; 409 if someone saved since
export const PUT = route<{ id: string }>('PUT newsroom article', async (request, { id }) => {
  const actor = await requireActor(request);
  return NextResponse.json({ article: await saveArticle(actor, idOrNotFound(id, 'Article'), await readJson(request, MAX_ARTICLE_BYTES)) });
});

// DELETE /api/newsroom/articles/[id] – a draft or archived story
export const DELETE = route<{ id: string }>('DELETE newsroom article', async (request, { id }) => {
  const actor = await requireActor(request);
  await deleteArticle(actor, idOrNotFound(id, 'Article'));
  return new Response(null, { status: 204 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PATCH } = otherMethods('GET', 'PUT', 'DELETE');
