import { slugParamSchema } from '@/lib/http/params';
import { parsePage } from '@/lib/http/pagination';

/**
 * Validates a listing's address: its slug, then what follows it, nothing (the first page) or `page/N`.
 * Null for anything else (a 404, never a 500); "/page/1" is not a page of its own, the first page lives at
 * the list's base address.
 */
export function listingParams(slug: string, rest: readonly string[] = []): { slug: string; page: number } | null {
  if (!slugParamSchema.safeParse(slug).success) return null;
  if (rest.length === 0) return { slug, page: 1 };
  if (rest.length !== 2 || rest[0] !== 'page') return null;
  const parsed = parsePage(rest[1]);
  if ('error' in parsed || parsed.page === 1) return null;
  return { slug, page: parsed.page };
}
