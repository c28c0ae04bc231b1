import 'server-only';
import { revalidateTag } from 'next/cache';
import { callSelf } from '@/lib/server/self-call';

/**
 * Next stamps a cached page with the time it was stored, not the time its data was read, so a render that read
 * the data just before a write committed, and finished after the write expired its tags, is kept as fresh.
 * Expiring the same tags again a little later catches such renders; the second round allows for a slow one
 * (a page that prefetches many links queues renders on the embedded database's single thread).
 */
const REPEAT_AFTER_MS = [1_500, 6_000];

type Pending = { tags: Set<string>; timer?: NodeJS.Timeout };
const rounds = ((globalThis as { __broadsheetExpiry?: Pending[] }).__broadsheetExpiry ??= REPEAT_AFTER_MS.map((): Pending => ({ tags: new Set<string>() })));

/** Expires the tags in this request's context; the next reader gets fresh content, not a stale copy. */
export function expireNow(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

function schedule(round: Pending, delay: number): void {
  round.timer ??= setTimeout(() => {
    const batch = [...round.tags];
    round.tags.clear();
    round.timer = undefined;
    // Refused while the database is down (a page expired then could not be rendered again): kept for later.
    void callSelf('/api/internal/expire', { tags: batch }).then((done) => {
      if (done) return;
      for (const tag of batch) round.tags.add(tag);
      schedule(round, delay);
    });
  }, delay);
}

/**
 * Expires cached reads and the pages built from them, at once and twice more shortly after (see above).
 * Outside the Next server (tests, scripts) there is no cache to expire.
 */
export function expireTags(tags: string[]): void {
  if (typeof process.env.NEXT_RUNTIME !== 'string') return;
  expireNow(tags);
  rounds.forEach((round, i) => {
    for (const tag of tags) round.tags.add(tag);
    schedule(round, REPEAT_AFTER_MS[i]!);
  });
}
