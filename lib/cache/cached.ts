import 'server-only';
import { unstable_cache } from 'next/cache';

/** Inside the Next server the data cache exists; in tests and scripts reads go straight to the database. */
const inNextServer = () => typeof process.env.NEXT_RUNTIME === 'string';

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
    if (!inNextServer()) return read(...args);
    return unstable_cache(() => read(...args), [key, ...args.map((a) => JSON.stringify(a))], {
      tags: tagsFor(...args),
      revalidate,
    })();
  };
}
