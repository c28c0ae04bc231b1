import { NextResponse } from 'next/server';
import { slugOrNotFound } from '@/lib/http/params';
import { readJson, otherMethods, signedInRoute } from '@/lib/http/route';
import { reportArticleError } from '@/lib/newsroom/error-reports';

// POST /api/articles/[slug]/error-reports {body} – a signed-in reader reports an error in a story
export const POST = signedInRoute<{ slug: string }>('POST error report', 'comment:report', async (request, { slug }, actor) => {
  return NextResponse.json({ report: await reportArticleError(actor, slugOrNotFound(slug, 'Article'), await readJson(request)) }, { status: 201 });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
