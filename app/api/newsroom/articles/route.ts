import { NextResponse } from 'next/server';
import { readJson, searchParamsOf, otherMethods, signedInRoute } from '@/lib/http/route';
import { listDashboard } from '@/lib/newsroom/dashboard';
import { createArticle } from '@/lib/newsroom/save-article';

// GET /api/newsroom/articles?state=&author=&section=&q=&page= – the dashboard's list (an author: their own)
export const GET = signedInRoute('GET newsroom articles', 'article:read-draft', async (request, _params, actor) => {
  return NextResponse.json(await listDashboard(actor, searchParamsOf(request)));
});

// POST /api/newsroom/articles {headline, section, dek?, authors?, body?} – a new draft
export const POST = signedInRoute('POST newsroom article', 'article:create', async (request, _params, actor) => {
  return NextResponse.json({ article: await createArticle(actor, await readJson(request, 1_048_576)) }, { status: 201 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
