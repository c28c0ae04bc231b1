import 'server-only';
import { revalidateTag } from 'next/cache';

/**
 * Expires cached reads and the pages built from them, at once: the next reader gets fresh content, not a stale
 * copy refreshed in the background. Outside the Next server (tests, scripts) there is no cache to expire.
 */
export function expireTags(tags: string[]): void {
  if (typeof process.env.NEXT_RUNTIME !== 'string') return;
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
