import 'server-only';
import { revalidateTag } from 'next/cache';
import { callSelf } from '@/lib/server/self-call';

/** How long after a write its tags are expired a second time. */
const SECOND_EXPIRY_MS = 1_500;
const pending = ((globalThis as { __broadsheetExpiry?: { tags: Set<string>; timer?: NodeJS.Timeout } }).__broadsheetExpiry ??= { tags: new Set() });

/** Expires the tags in this request's context; the next reader gets fresh content, not a stale copy. */
export function expireNow(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

/**
 * Expires cached reads and the pages built from them, at once, and again a moment later: a page render that
 * read the data just before the write committed would otherwise store its stale copy after the first expiry
 * and serve it as fresh (seen with the front page while a story was archived). Outside the Next server
 * (tests, scripts) there is no cache to expire.
 */
export function expireTags(tags: string[]): void {
  if (typeof process.env.NEXT_RUNTIME !== 'string') return;
  expireNow(tags);
  for (const tag of tags) pending.tags.add(tag);
  pending.timer ??= setTimeout(() => {
    const batch = [...pending.tags];
    pending.tags.clear();
    pending.timer = undefined;
    void callSelf('/api/internal/expire', { tags: batch });
  }, SECOND_EXPIRY_MS);
}
