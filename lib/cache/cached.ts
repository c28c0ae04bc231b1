import 'server-only';
import { unstable_cache } from 'next/cache';
import { inNextServer } from '@/lib/env';
import { noteReadTags } from './read-tags';

type Plain = string | number | boolean | null | undefined;
/** What a cached read takes: plain values, or one object of them (a query with named fields). */
type Argument = Plain | { readonly [field: string]: Plain };

/** An argument's part of the cache key; an object's fields in name order, so `{a, b}` and `{b, a}` share an entry. */
function keyPart(argument: Argument): string {
  if (argument === null || typeof argument !== 'object') return JSON.stringify(argument ?? null);
  const fields = Object.entries(argument).filter(([, value]) => value !== undefined);
  return JSON.stringify(Object.fromEntries(fields.sort(([a], [b]) => (a < b ? -1 : 1))));
}

/**
 * Caches a read at run time under `key` + its arguments, tagged by `tagsFor(args)`, for at most `revalidate`
 * seconds (writes expire the tags sooner). Results pass through JSON: return plain data with ISO date strings.
 */
export function cachedRead<A extends Argument[], R>(
  key: string,
  read: (...args: A) => Promise<R>,
  tagsFor: (...args: A) => string[],
  revalidate = 3600,
): (...args: A) => Promise<R> {
  return (...args: A) => {
    const tags = tagsFor(...args);
    noteReadTags(tags);
    if (!inNextServer()) return read(...args);
    return unstable_cache(() => read(...args), [key, ...args.map(keyPart)], {
      tags,
      revalidate,
    })();
  };
}
