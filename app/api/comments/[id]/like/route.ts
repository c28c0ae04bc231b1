import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { setLike } from '@/lib/comments/reactions';
import { idOrNotFound } from '@/lib/http/params';
import { route, otherMethods } from '@/lib/http/route';

// PUT /api/comments/[id]/like – like a comment (idempotent)
export const PUT = route<{ id: string }>('PUT like', async (request, { id }) => {
  return NextResponse.json(await setLike(await requireActor(request), idOrNotFound(id, 'Comment'), true));
});

// DELETE /api/comments/[id]/like – take the like back (idempotent)
export const DELETE = route<{ id: string }>('DELETE like', async (request, { id }) => {
  return NextResponse.json(await setLike(await requireActor(request), idOrNotFound(id, 'Comment'), false));
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PATCH } = otherMethods('PUT', 'DELETE');
