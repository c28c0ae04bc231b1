import { NextResponse } from 'next/server';
import { getAuthorBio } from '@/lib/authors/author-bio';
import { updateAuthorProfile } from '@/lib/authors/update-profile';
import { publicCache, readJson, route, otherMethods, signedInRoute } from '@/lib/http/route';
import { slugOrNotFound } from '@/lib/http/params';

// GET /api/authors/[slug] – an author's public bio with article count and recent stories
export const GET = route<{ slug: string }>('GET author', async (_request, { slug }) => {
  const author = await getAuthorBio(slugOrNotFound(slug, 'Author'));
  return NextResponse.json({ author }, { headers: publicCache(60) });
});

// PUT /api/authors/[slug] – the author (or an admin) replaces the public profile; the bio is served fresh at once
export const PUT = signedInRoute<{ slug: string }>('PUT author', 'profile:edit', async (request, { slug }, actor) => {
  const profile = await updateAuthorProfile(actor, slugOrNotFound(slug, 'Author'), await readJson(request));
  return NextResponse.json({
    author: { slug: profile.slug, name: profile.displayName, title: profile.title, shortBio: profile.shortBio, longBio: profile.longBio, avatarUrl: profile.avatarUrl, links: profile.links },
  });
});

// Every other method: 405 with Allow and the JSON error shape.
export const { POST, PATCH, DELETE } = otherMethods('GET', 'PUT');
