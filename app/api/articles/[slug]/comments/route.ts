import { NextResponse } from 'next/server';
import { currentActor } from '@/lib/auth/actor';
import { clientIp } from '@/lib/auth/options';
import { commentViewer } from '@/lib/comments/comment-viewer';
import { listComments, listCommentsQuerySchema, listOwnHeldComments } from '@/lib/comments/list-comments';
import { postComment } from '@/lib/comments/post-comment';
import { publicCache, readJson, route, searchParamsOf, otherMethods, signedInRoute } from '@/lib/http/route';
import { parseOrThrow } from '@/lib/validation/parse';
import { slugOrNotFound } from '@/lib/http/params';

// GET /api/articles/[slug]/comments – the approved thread, replies nested; signed in, plus the caller's own held
// comments and which comments on the page they wrote, liked and reported
export const GET = route<{ slug: string }>('GET comments', async (request, { slug }) => {
  const query = parseOrThrow(listCommentsQuerySchema, searchParamsOf(request));
  const articleSlug = slugOrNotFound(slug, 'Article');
  const page = await listComments(articleSlug, query);
  // Signed in: add the caller's own held comments, and keep the answer out of shared caches.
  const actor = request.headers.has('cookie') ? await currentActor(request) : null;
  // Vary: a browser or CDN must not hand an anonymous copy to a signed-in reader, nor the other way round.
  if (!actor) return NextResponse.json(page, { headers: { ...publicCache(10), Vary: 'Cookie' } });
  const [mine, viewer] = await Promise.all([
    query.cursor ? [] : listOwnHeldComments(actor.id, articleSlug),
    commentViewer(actor, page),
  ]);
  return NextResponse.json({ ...page, mine, viewer }, { headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie' } });
});

// POST /api/articles/[slug]/comments – post a comment or reply {body, parentId?}; 201 with its status and reasons
export const POST = signedInRoute<{ slug: string }>('POST comment', 'comment:create', async (request, { slug }, actor) => {
  const comment = await postComment(actor, slugOrNotFound(slug, 'Article'), await readJson(request, 64 * 1024), clientIp(request.headers));
  return NextResponse.json({ comment }, { status: 201, headers: { 'Cache-Control': 'private, no-store' } });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
