import { NextResponse } from 'next/server';
import { reportComment } from '@/lib/comments/reactions';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';

// POST /api/comments/[id]/reports – report a comment {reason, note?}; once per reader
export const POST = signedInRoute<{ id: string }>('POST report', 'comment:report', async (request, { id }, actor) => {
  const result = await reportComment(actor, idOrNotFound(id, 'Comment'), await readJson(request));
  return NextResponse.json(result, { status: 201 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
