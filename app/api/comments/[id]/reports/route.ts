import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { reportComment } from '@/lib/comments/reactions';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';

// POST /api/comments/[id]/reports – report a comment {reason, note?}; once per reader
export const POST = route<{ id: string }>('POST report', async (request, { id }) => {
  const actor = await requireActor(request);
  const result = await reportComment(actor, idOrNotFound(id, 'Comment'), await readJson(request));
  return NextResponse.json(result, { status: 201 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
