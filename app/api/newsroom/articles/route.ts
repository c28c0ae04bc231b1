import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { readJson, route, searchParamsOf, otherMethods } from '@/lib/http/route';
import { listDashboard } from '@/lib/newsroom/dashboard';
import { createArticle } from '@/lib/newsroom/save-article';

// GET /api/newsroom/articles?state=&author=&section=&q=&page= – the dashboard's list (an author: their own)
export const GET = route('GET newsroom articles', async (request) => {
  const actor = await requireActor(request);
  return NextResponse.json(await listDashboard(actor, searchParamsOf(request)));
});

// POST /api/newsroom/articles {headline, section, dek?, authors?, body?} – a new draft
export const POST = route('POST newsroom article', async (request) => {
  const actor = await requireActor(request);
  return NextResponse.json({ article: await createArticle(actor, await readJson(request, 1_048_576)) }, { status: 201 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
