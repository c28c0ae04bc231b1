import { NextResponse } from 'next/server';
import { clientIp } from '@/lib/auth/options';
import { AppError } from '@/lib/http/errors';
import { isFormPost, readFormFields, readJson, route, otherMethods } from '@/lib/http/route';
import { subscribe } from '@/lib/newsletters/subscriptions';

const ANSWER = { message: 'Check your inbox: if the address can subscribe, a link to confirm is on its way.' };

/**
 * POST /api/newsletters/{slug}/subscriptions {email} – 202 whatever the address's state; a confirmation email
 * follows (double opt-in). The sign-up boxes post here as plain HTML forms (no JavaScript): those get a 303
 * back to the newsletter's page, saying it worked or what was wrong.
 */
export const POST = route<{ slug: string }>('POST newsletter subscription', async (request, { slug }) => {
  if (!isFormPost(request)) {
    await subscribe(slug, await readJson(request), clientIp(request.headers));
    return NextResponse.json(ANSWER, { status: 202 });
  }
  const back = new URL(`/newsletters/${encodeURIComponent(slug)}`, request.url);
  try {
    await subscribe(slug, await readFormFields(request, 4096), clientIp(request.headers));
    back.searchParams.set('sent', '1');
  } catch (err) {
    if (!(err instanceof AppError) || err.code === 'not_found') throw err;
    back.searchParams.set('error', err.code);
  }
  // Relative, so a proxy in front keeps its own host and scheme.
  return new NextResponse(null, { status: 303, headers: { Location: `${back.pathname}${back.search}` } });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
