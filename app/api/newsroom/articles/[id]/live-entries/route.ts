import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { postLiveEntry } from '@/lib/live/live-blog';

const MAX_ENTRY_BYTES = 262_144;

// POST /api/newsroom/articles/{id}/live-entries {headline?, body, keyEvent?} – a new entry while the story is live
export const POST = signedInRoute<{ id: string }>('POST live entry', 'article:correct', async (request, { id }, actor) => {
  const entry = await postLiveEntry(actor, idOrNotFound(id, 'Article'), await readJson(request, MAX_ENTRY_BYTES));
  return NextResponse.json({ entry }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
