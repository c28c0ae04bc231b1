import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { decideComment } from '@/lib/moderation/decide-comment';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';

// POST /api/moderation/comments/[id] – {action: approve|reject|spam|feature|unfeature, reason?, note?, expected?}; audited
export const POST = route<{ id: string }>('POST moderation decision', async (request, { id }) => {
  const actor = await requireActor(request);
  const comment = await decideComment(actor, idOrNotFound(id, 'Comment'), await readJson(request));
  return NextResponse.json({ comment });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
