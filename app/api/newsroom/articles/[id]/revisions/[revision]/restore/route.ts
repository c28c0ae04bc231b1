import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { restoreRevision } from '@/lib/newsroom/revisions';

// POST /api/newsroom/articles/[id]/revisions/[revision]/restore – that version's text becomes the story's
export const POST = signedInRoute<{ id: string; revision: string }>('POST restore revision', 'article:edit', async (request, { id, revision }, actor) => {
  return NextResponse.json({ article: await restoreRevision(actor, idOrNotFound(id, 'Article'), idOrNotFound(revision, 'Revision')) });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
