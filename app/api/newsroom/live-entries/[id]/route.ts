import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { deleteLiveEntry, updateLiveEntry } from '@/lib/live/live-blog';

// PATCH /api/newsroom/live-entries/{id} {headline?, body?, keyEvent?} – correct an entry (editors), audited
export const PATCH = signedInRoute<{ id: string }>('PATCH live entry', 'article:correct', async (request, { id }, actor) => {
  return NextResponse.json({ entry: await updateLiveEntry(actor, idOrNotFound(id, 'Entry'), await readJson(request, 262_144)) });
});

// DELETE /api/newsroom/live-entries/{id} – delete an entry (editors), audited
export const DELETE = signedInRoute<{ id: string }>('DELETE live entry', 'article:correct', async (request, { id }, actor) => {
  await deleteLiveEntry(actor, idOrNotFound(id, 'Entry'));
  return new NextResponse(null, { status: 204 });
});

export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
