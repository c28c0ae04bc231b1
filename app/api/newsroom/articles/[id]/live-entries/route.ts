import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { postLiveEntry } from '@/lib/live/live-blog';

const MAX_ENTRY_BYTES = 262_144;

// POST /api/newsroom/articles/{id}/live-entries {headline?, body, keyEvent?} – a new entry while the story is live
export const POST = route<{ id: string }>('POST live entry', async (request, { id }) => {
  const entry = await postLiveEntry(await requireActor(request), idOrNotFound(id, 'Article'), await readJson(request, MAX_ENTRY_BYTES));
  return NextResponse.json({ entry }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
