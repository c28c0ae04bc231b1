import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { changePublication } from '@/lib/newsroom/publication';

// POST /api/newsroom/articles/[id]/publication {action: publish|schedule|unpublish|archive, at?}
export const POST = signedInRoute<{ id: string }>('POST publication', 'article:publish', async (request, { id }, actor) => {
  return NextResponse.json({ article: await changePublication(actor, idOrNotFound(id, 'Article'), await readJson(request)) });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
