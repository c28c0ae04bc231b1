import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { decideMany } from '@/lib/moderation/decide-many';
import { readJson, route, otherMethods } from '@/lib/http/route';

// POST /api/moderation/comments/bulk – {ids, action, reason?}: the same decision on each; per-comment results
export const POST = route('POST moderation bulk decision', async (request) => {
  const actor = await requireActor(request);
  const results = await decideMany(actor, await readJson(request));
  return NextResponse.json({ results });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
