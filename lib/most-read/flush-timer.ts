import 'server-only';
import { callSelf } from '@/lib/server/self-call';
import { hasPendingViews } from './view-counter';
import { flushViews } from './views';

/**
 * Every few seconds, counted views go to the database through the server's own flush route (expiring "Most
 * read" needs a request context, as for the scheduler). Nothing counted: no call.
 */
const INTERVAL_MS = 10_000;
const holder = ((globalThis as { __broadsheetViewFlush?: { timer?: NodeJS.Timeout } }).__broadsheetViewFlush ??= {});

export function startViewFlushes(): void {
  if (holder.timer) return;
  holder.timer = setInterval(() => void (hasPendingViews() && callSelf('/api/internal/flush-views')), INTERVAL_MS);
  holder.timer.unref();
}

/**
 * Stops the timer and writes what is left directly (shutting down, the server takes no more requests, its own
 * included); "Most read" refreshes at its next expiry.
 */
export async function stopViewFlushes(): Promise<void> {
  if (holder.timer) clearInterval(holder.timer);
  holder.timer = undefined;
  await flushViews().catch((err: unknown) => console.warn(`[views] the last counts were not written: ${(err as Error).message}`));
}
