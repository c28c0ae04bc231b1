/**
 * Page views counted in this server's memory until the next flush writes them (lib/most-read/views.ts): a view
 * costs the request a map update, never a database write. Route bundles and the server's timer reach the same
 * map through globalThis.
 */
type Counter = { views: Map<number, number> };
const counter: Counter = ((globalThis as { __broadsheetViews?: Counter }).__broadsheetViews ??= { views: new Map() });

/** Stories counted between flushes at most; more distinct ids than this (made-up ones) are not counted. */
const MAX_STORIES = 10_000;

export function countView(articleId: number): void {
  const n = counter.views.get(articleId);
  if (n === undefined && counter.views.size >= MAX_STORIES) return;
  counter.views.set(articleId, (n ?? 0) + 1);
}

/** Takes the counts out (the flush writes them; if it fails, `restoreViews` puts them back). */
export function drainViews(): [number, number][] {
  const drained = [...counter.views];
  counter.views.clear();
  return drained;
}

export function restoreViews(counts: [number, number][]): void {
  for (const [id, n] of counts) counter.views.set(id, (counter.views.get(id) ?? 0) + n);
}

export const hasPendingViews = () => counter.views.size > 0;
