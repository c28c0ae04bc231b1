import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { readLiveDesk, setLiveCoverage } from '@/lib/live/live-blog';

// GET /api/newsroom/articles/{id}/live – the story's live state and every entry (staff)
export const GET = route<{ id: string }>('GET newsroom live blog', async (request, { id }) => {
  return NextResponse.json(await readLiveDesk(await requireActor(request), idOrNotFound(id, 'Article')));
});

// POST /api/newsroom/articles/{id}/live {action: start|end} – start or end live coverage (who may edit the story), audited
export const POST = route<{ id: string }>('POST newsroom live blog', async (request, { id }) => {
  return NextResponse.json({ live: await setLiveCoverage(await requireActor(request), idOrNotFound(id, 'Article'), await readJson(request)) });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
