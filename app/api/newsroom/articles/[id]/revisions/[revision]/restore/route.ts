import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { route, otherMethods } from '@/lib/http/route';
import { restoreRevision } from '@/lib/newsroom/revisions';

// POST /api/newsroom/articles/[id]/revisions/[revision]/restore – that version's text becomes the story's
export const POST = route<{ id: string; revision: string }>('POST restore revision', async (request, { id, revision }) => {
  const actor = await requireActor(request);
  return NextResponse.json({ article: await restoreRevision(actor, idOrNotFound(id, 'Article'), idOrNotFound(revision, 'Revision')) });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
