import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { otherMethods, signedInRoute } from '@/lib/http/route';
import { liftSurge } from '@/lib/moderation/surge';

// DELETE /api/moderation/articles/[id]/surge – lift a story's surge premoderation early; audited
export const DELETE = signedInRoute<{ id: string }>('DELETE surge', 'comment:moderate', async (request, { id }, actor) => {
  const article = await liftSurge(actor, idOrNotFound(id, 'Article'));
  return NextResponse.json({ article });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT, PATCH } = otherMethods('DELETE');
