import { NextResponse } from 'next/server';
import { deleteComment, editComment } from '@/lib/comments/own-comment';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';

// PATCH /api/comments/[id] – the author edits their comment {body} within 15 minutes
export const PATCH = signedInRoute<{ id: string }>('PATCH comment', 'comment:edit', async (request, { id }, actor) => {
  const comment = await editComment(actor, idOrNotFound(id, 'Comment'), await readJson(request, 64 * 1024));
  return NextResponse.json({ comment });
});

// DELETE /api/comments/[id] – the author deletes their comment (one with replies stays as "comment deleted")
export const DELETE = signedInRoute<{ id: string }>('DELETE comment', 'comment:delete', async (request, { id }, actor) => {
  await deleteComment(actor, idOrNotFound(id, 'Comment'));
  return new NextResponse(null, { status: 204 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
