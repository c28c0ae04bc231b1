import 'server-only';
import { unstable_cache } from 'next/cache';
import { inNextServer } from '@/lib/env';
import { noteReadTags } from './read-tags';


/**
 * Caches a read at run time under `key` + its arguments, tagged by `tagsFor(args)`, for at most `revalidate`
 * seconds (writes expire the tags sooner). Results pass through JSON: return plain data with ISO date strings.
 */
export function cachedRead<A extends (string | number | boolean | null)[], R>(
  key: string,
  read: (...args: A) => Promise<R>,
  tagsFor: (...args: A) => string[],
  revalidate = 3600,
): (...args: A) => Promise<R> {
  return (...args: A) => {
    const tags = tagsFor(...args);
    noteReadTags(tags);
    if (!inNextServer()) return read(...args);
    return unstable_cache(() => read(...args), [key, ...args.map((a) => JSON.stringify(a))], {
      tags,
      revalidate,
    })();
  };
}
