import 'server-only';
import { revalidateTag } from 'next/cache';

/**
 * Expires cached reads and the pages built from them, on every instance (the cache handler records the expiry
 * where they all look: lib/cache/page-cache-handler.js), and purges them at the cache tiers in front. A render
 * that overlaps the write is not kept: see the handler. Outside the Next server (tests, scripts) there is no
 * cache to expire.
 */
export function expireTags(tags: Iterable<string>): void {
  if (typeof process.env.NEXT_RUNTIME !== 'string') return;
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
