import 'server-only';
import { revalidateTag } from 'next/cache';
import { inNextServer } from '@/lib/env';

/**
 * Expires cached reads and the pages built from them, on every instance (the cache handler records the expiry
 * where they all look: lib/cache/page-cache-handler.js), and purges them at the cache tiers in front. A render
 * that overlaps the write is not kept: see the handler. Outside the Next server (tests, scripts) there is no
 * cache to expire.
 */
export function expireTags(tags: Iterable<string>): void {
  if (!inNextServer()) return;
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
