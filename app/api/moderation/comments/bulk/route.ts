import { NextResponse } from 'next/server';
import { decideMany } from '@/lib/moderation/decide-many';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';

// POST /api/moderation/comments/bulk – {ids, action, reason?}: the same decision on each; per-comment results
export const POST = signedInRoute('POST moderation bulk decision', 'comment:moderate', async (request, _params, actor) => {
  const results = await decideMany(actor, await readJson(request));
  return NextResponse.json({ results });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
