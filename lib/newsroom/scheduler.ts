import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Scheduled publishing without a visitor to trigger it: a timer in the server process calls the server's own
 * publish-due route every few seconds (and once at start, which catches up on anything due while it was
 * down). It goes through a route, not a direct call, because expiring cached pages needs a request context.
 * The route accepts only this process's random token.
 */
const INTERVAL_MS = 5_000;
const holder = ((globalThis as { __broadsheetScheduler?: { token: string; timer?: NodeJS.Timeout } }).__broadsheetScheduler ??= {
  token: randomBytes(32).toString('hex'),
});

export const SCHEDULER_HEADER = 'x-broadsheet-scheduler';

export function isSchedulerToken(value: string | null): boolean {
  if (!value) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(holder.token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function startScheduler(port: string | number): void {
  if (holder.timer) return;
  const tick = () =>
    fetch(`http://127.0.0.1:${port}/api/internal/publish-due`, { method: 'POST', headers: { [SCHEDULER_HEADER]: holder.token } })
      .then((r) => (r.ok ? null : console.error(`[scheduler] publish-due answered ${r.status}`)))
      .catch(() => {}); // the server is not listening yet, or is shutting down: the next tick tries again
  holder.timer = setInterval(tick, INTERVAL_MS);
  holder.timer.unref();
  setTimeout(tick, 1_000).unref();
}
