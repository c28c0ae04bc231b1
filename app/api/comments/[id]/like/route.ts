import { NextResponse } from 'next/server';
import { setLike } from '@/lib/comments/reactions';
import { idOrNotFound } from '@/lib/http/params';
import { otherMethods, signedInRoute } from '@/lib/http/route';

// PUT /api/comments/[id]/like – like a comment (idempotent)
export const PUT = signedInRoute<{ id: string }>('PUT like', 'comment:like', async (request, { id }, actor) => {
  return NextResponse.json(await setLike(actor, idOrNotFound(id, 'Comment'), true));
});

// DELETE /api/comments/[id]/like – take the like back (idempotent)
export const DELETE = signedInRoute<{ id: string }>('DELETE like', 'comment:like', async (request, { id }, actor) => {
  return NextResponse.json(await setLike(actor, idOrNotFound(id, 'Comment'), false));
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PATCH } = otherMethods('PUT', 'DELETE');
