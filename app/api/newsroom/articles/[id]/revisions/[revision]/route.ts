import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { readRevisionDiff } from '@/lib/newsroom/revisions';

// GET /api/newsroom/articles/[id]/revisions/[revision] – that version against the one before, word by word
export const GET = signedInRoute<{ id: string; revision: string }>('GET revision diff', 'article:read-draft', async (request, { id, revision }, actor) => {
  return NextResponse.json(await readRevisionDiff(actor, idOrNotFound(id, 'Article'), idOrNotFound(revision, 'Revision')));
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
