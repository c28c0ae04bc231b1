import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { listRevisions } from '@/lib/newsroom/revisions';

// GET /api/newsroom/articles/[id]/revisions – saved versions, newest first
export const GET = signedInRoute<{ id: string }>('GET revisions', 'article:read-draft', async (request, { id }, actor) => {
  return NextResponse.json({ revisions: await listRevisions(actor, idOrNotFound(id, 'Article')) });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
