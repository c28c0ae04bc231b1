import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { surrogateKeyHeaders } from '@/lib/cache/surrogate-keys.js';

/**
 * The cache tags a route handler's answer was built from. Every cached read notes its tags here, so a public
 * answer can name them in `Surrogate-Key` (and be purged with them at a cache tier) without the route listing
 * them a second time. Pages need none of this: Next gathers their tags itself (lib/cache/page-cache-handler.js).
 */
const reading = new AsyncLocalStorage<Set<string>>();

/** Called by every cached read. */
export function noteReadTags(tags: string[]): void {
  const seen = reading.getStore();
  if (seen) for (const tag of tags) seen.add(tag);
}

/** Runs `answer`, then names the tags its reads used on the response, when the response is public. */
export async function withReadTags(answer: () => Promise<Response>): Promise<Response> {
  const seen = new Set<string>();
  const response = await reading.run(seen, answer);
  if (seen.size === 0 || !/\bpublic\b/.test(response.headers.get('Cache-Control') ?? '')) return response;
  for (const [name, value] of Object.entries(surrogateKeyHeaders([...seen]))) response.headers.set(name, value);
  return response;
}
