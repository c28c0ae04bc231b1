import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { route, otherMethods } from '@/lib/http/route';
import { listRevisions } from '@/lib/newsroom/revisions';

// GET /api/newsroom/articles/[id]/revisions – saved versions, newest first
export const GET = route<{ id: string }>('GET revisions', async (request, { id }) => {
  const actor = await requireActor(request);
  return NextResponse.json({ revisions: await listRevisions(actor, idOrNotFound(id, 'Article')) });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
