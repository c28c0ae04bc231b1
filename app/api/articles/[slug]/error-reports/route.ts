import { NextResponse } from 'next/server';
import { requireActor } from '@/lib/auth/actor';
import { slugOrNotFound } from '@/lib/http/params';
import { readJson, route, otherMethods } from '@/lib/http/route';
import { reportArticleError } from '@/lib/newsroom/error-reports';

// POST /api/articles/[slug]/error-reports {body} – a signed-in reader reports an error in a story
export const POST = route<{ slug: string }>('POST error report', async (request, { slug }) => {
  const actor = await requireActor(request);
  return NextResponse.json({ report: await reportArticleError(actor, slugOrNotFound(slug, 'Article'), await readJson(request)) }, { status: 201 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
