import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { deleteLiveEntry, updateLiveEntry } from '@/lib/live/live-blog';

// PATCH /api/newsroom/live-entries/{id} {headline?, body?, keyEvent?} – correct an entry (editors), audited
export const PATCH = route<{ id: string }>('PATCH live entry', async (request, { id }) => {
  return NextResponse.json({ entry: await updateLiveEntry(await requireActor(request), idOrNotFound(id, 'Entry'), await readJson(request, 262_144)) });
});

// DELETE /api/newsroom/live-entries/{id} – delete an entry (editors), audited
export const DELETE = route<{ id: string }>('DELETE live entry', async (request, { id }) => {
  await deleteLiveEntry(await requireActor(request), idOrNotFound(id, 'Entry'));
  return new NextResponse(null, { status: 204 });
});

export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
