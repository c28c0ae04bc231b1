import { NextResponse } from 'next/server';
import { listComments, listCommentsQuerySchema } from '@/lib/comments/list-comments';
import { parseOrThrow, publicCache, route, searchParamsOf } from '@/lib/http/route';
import { slugOrNotFound } from '@/lib/http/params';

// GET /api/articles/[slug]/comments – the approved thread, a page of top-level comments with replies nested
export const GET = route<{ slug: string }>('GET comments', async (request, { slug }) => {
  const query = parseOrThrow(listCommentsQuerySchema, searchParamsOf(request));
  const page = await listComments(slugOrNotFound(slug, 'Article'), query);
  return NextResponse.json(page, { headers: publicCache(10) });
});
