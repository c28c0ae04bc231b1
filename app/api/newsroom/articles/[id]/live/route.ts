import { NextResponse } from 'next/server';
import { idOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { readLiveDesk, setLiveCoverage } from '@/lib/live/live-blog';

// GET /api/newsroom/articles/{id}/live – the story's live state and every entry (staff)
export const GET = signedInRoute<{ id: string }>('GET newsroom live blog', 'article:edit', async (request, { id }, actor) => {
  return NextResponse.json(await readLiveDesk(actor, idOrNotFound(id, 'Article')));
});

// POST /api/newsroom/articles/{id}/live {action: start|end} – start or end live coverage (who may edit the story), audited
export const POST = signedInRoute<{ id: string }>('POST newsroom live blog', 'article:edit', async (request, { id }, actor) => {
  return NextResponse.json({ live: await setLiveCoverage(actor, idOrNotFound(id, 'Article'), await readJson(request)) });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
