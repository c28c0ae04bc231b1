import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { openArticle } from '@/lib/newsroom/editor-article';
import { deleteArticle, saveArticle } from '@/lib/newsroom/save-article';

/** Documents are JSON trees; a long story with many blocks stays well under this. */
const MAX_ARTICLE_BYTES = 1_048_576;

// GET /api/newsroom/articles/[id] – the editor's copy
export const GET = signedInRoute<{ id: string }>('GET newsroom article', 'article:read-draft', async (request, { id }, actor) => {
  return NextResponse.json({ article: await openArticle(actor, idOrNotFound(id, 'Article')) });
});

// PUT /api/newsroom/articles/[id] – every field plus the `version` it was loaded at; 409 if someone saved since
export const PUT = signedInRoute<{ id: string }>('PUT newsroom article', 'article:edit', async (request, { id }, actor) => {
  return NextResponse.json({ article: await saveArticle(actor, idOrNotFound(id, 'Article'), await readJson(request, MAX_ARTICLE_BYTES)) });
});

// DELETE /api/newsroom/articles/[id] – a draft or archived story
export const DELETE = signedInRoute<{ id: string }>('DELETE newsroom article', 'article:delete', async (request, { id }, actor) => {
  await deleteArticle(actor, idOrNotFound(id, 'Article'));
  return new Response(null, { status: 204 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PATCH } = otherMethods('GET', 'PUT', 'DELETE');
