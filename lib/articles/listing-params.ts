import { notFound } from 'next/navigation';
import { slugParamSchema } from '@/lib/http/params';
import { parsePage } from '@/lib/http/pagination';

/** Validates a listing URL's slug and page segment; anything malformed is a 404, never a 500. */
export function listingParams(slug: string, pageSegment?: string): { slug: string; page: number } {
  if (!slugParamSchema.safeParse(slug).success) notFound();
  const parsed = parsePage(pageSegment);
  // "/page/1" is not a page of its own: the first page lives at the list's base URL.
  if ('error' in parsed || (pageSegment !== undefined && parsed.page === 1)) notFound();
  return { slug, page: parsed.page };
}
