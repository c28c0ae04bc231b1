import { NextResponse } from 'next/server';
import { decideComment } from '@/lib/moderation/decide-comment';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';

// POST /api/moderation/comments/[id] – {action: approve|reject|spam|feature|unfeature, reason?, note?, expected?}; audited
export const POST = signedInRoute<{ id: string }>('POST moderation decision', 'comment:moderate', async (request, { id }, actor) => {
  const comment = await decideComment(actor, idOrNotFound(id, 'Comment'), await readJson(request));
  return NextResponse.json({ comment });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
