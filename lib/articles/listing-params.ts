import { slugParamSchema } from '@/lib/http/params';
import { parsePage } from '@/lib/http/pagination';

/** Validates a listing URL's slug and page segment; null for anything malformed (a 404, never a 500). */
export function listingParams(slug: string, pageSegment?: string): { slug: string; page: number } | null {
  if (!slugParamSchema.safeParse(slug).success) return null;
  const parsed = parsePage(pageSegment);
  // "/page/1" is not a page of its own: the first page lives at the list's base URL.
  if ('error' in parsed || (pageSegment !== undefined && parsed.page === 1)) return null;
  return { slug, page: parsed.page };
}
