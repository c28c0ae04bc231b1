import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { route, otherMethods } from '@/lib/http/route';
import { liftSurge } from '@/lib/moderation/surge';

// DELETE /api/moderation/articles/[id]/surge – lift a story's surge premoderation early; audited
export const DELETE = route<{ id: string }>('DELETE surge', async (request, { id }) => {
  const article = await liftSurge(await requireActor(request), idOrNotFound(id, 'Article'));
  return NextResponse.json({ article });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, POST, PUT, PATCH } = otherMethods('DELETE');
