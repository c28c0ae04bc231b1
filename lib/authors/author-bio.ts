import 'server-only';
import { cachedRead } from '@/lib/cache/cached';
import { cacheTags } from '@/lib/cache/tags';
import { notFound } from '@/lib/http/errors';
import { listAuthorArticles, readAuthorProfile, type AuthorProfile } from '@/lib/articles/listings';

/** An author's public bio: the profile without its internal id, plus recent stories. */
export type AuthorBio = Omit<AuthorProfile, 'id'> & {
  recentArticles: { headline: string; url: string; publishedAt: string }[];
};

async function readAuthorBio(slug: string): Promise<AuthorBio | null> {
  const profile = await readAuthorProfile(slug);
  if (!profile) return null;
  const recent = await listAuthorArticles(profile.id, 5);
  const { id: _id, ...publicProfile } = profile;
  return {
    ...publicProfile,
    recentArticles: recent.map((a) => ({ headline: a.headline, url: a.url, publishedAt: a.publishedAt })),
  };
}

const cachedAuthorBio = cachedRead('author-bio', readAuthorBio, (slug) => [cacheTags.author(slug)]);

/** The public bio behind GET /api/authors/{slug}; unknown slugs are a 404. */
export async function getAuthorBio(slug: string): Promise<AuthorBio> {
  const bio = await cachedAuthorBio(slug);
  if (!bio) throw notFound('Author');
  return bio;
}
