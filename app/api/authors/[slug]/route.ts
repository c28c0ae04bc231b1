import { NextResponse } from 'next/server';
import { getAuthorBio } from '@/lib/authors/author-bio';
import { publicCache, route } from '@/lib/http/route';
import { slugOrNotFound } from '@/lib/http/params';

// GET /api/authors/[slug] – an author's public bio with article count and recent stories
export const GET = route<{ slug: string }>('GET author', async (_request, { slug }) => {
  const author = await getAuthorBio(slugOrNotFound(slug, 'Author'));
  return NextResponse.json({ author }, { headers: publicCache(60) });
});
