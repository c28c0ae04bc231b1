import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { changePublication } from '@/lib/newsroom/publication';

// POST /api/newsroom/articles/[id]/publication {action: publish|schedule|unpublish|archive, at?}
export const POST = route<{ id: string }>('POST publication', async (request, { id }) => {
  const actor = await requireActor(request);
  return NextResponse.json({ article: await changePublication(actor, idOrNotFound(id, 'Article'), await readJson(request)) });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
