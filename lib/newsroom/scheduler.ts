import 'server-only';
import { callSelf } from '@/lib/server/self-call';

/**
 * Scheduled publishing without a visitor to trigger it: a timer in the server process calls the server's own
 * publish-due route every few seconds (and once at start, which catches up on anything due while it was
 * down). It goes through a route, not a direct call, because expiring cached pages needs a request context.
 */
const INTERVAL_MS = 5_000;
const holder = ((globalThis as { __broadsheetScheduler?: { timer?: NodeJS.Timeout } }).__broadsheetScheduler ??= {});

export function startScheduler(): void {
  if (holder.timer) return;
  const tick = () => void callSelf('/api/internal/publish-due');
  holder.timer = setInterval(tick, INTERVAL_MS);
  holder.timer.unref();
  setTimeout(tick, 1_000).unref();
}

/** Stops the timer (shutting down: nothing new should start). */
export function stopScheduler(): void {
  if (holder.timer) clearInterval(holder.timer);
  holder.timer = undefined;
}
