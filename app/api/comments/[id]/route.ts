import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { deleteComment, editComment } from '@/lib/comments/own-comment';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';

// PATCH /api/comments/[id] – the author edits their comment {body} within 15 minutes
export const PATCH = route<{ id: string }>('PATCH comment', async (request, { id }) => {
  const actor = await requireActor(request);
  const comment = await editComment(actor, idOrNotFound(id, 'Comment'), await readJson(request, 64 * 1024));
  return NextResponse.json({ comment });
});

// DELETE /api/comments/[id] – the author deletes their comment (one with replies stays as "comment deleted")
export const DELETE = route<{ id: string }>('DELETE comment', async (request, { id }) => {
  await deleteComment(await requireActor(request), idOrNotFound(id, 'Comment'));
  return new NextResponse(null, { status: 204 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
