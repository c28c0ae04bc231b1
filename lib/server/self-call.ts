import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Requests this server process makes to itself: work started by a timer rather than a visitor (scheduled
 * publishing, a second cache expiry) that needs a request context, because Next expires cached pages only
 * inside one. The routes accept only this process's random token.
 */
type Holder = { token: string; port?: string | number };
const holder: Holder = ((globalThis as { __broadsheetSelf?: Holder }).__broadsheetSelf ??= { token: randomBytes(32).toString('hex') });

export const SELF_CALL_HEADER = 'x-broadsheet-internal';

/** Called once the server knows its port (lib/server-start.ts); until then self-calls are skipped. */
export function setSelfPort(port: string | number): void {
  holder.port = port;
}

export function isSelfCall(request: Request): boolean {
  const value = request.headers.get(SELF_CALL_HEADER);
  if (!value) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(holder.token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POSTs `body` to one of this server's internal routes. Failures are logged, never thrown (a timer called it);
 * the answer says whether the work was done (false: try again later).
 */
export async function callSelf(path: string, body: unknown = {}): Promise<boolean> {
  if (holder.port === undefined) return false;
  try {
    const res = await fetch(`http://127.0.0.1:${holder.port}${path}`, {
      method: 'POST',
      headers: { [SELF_CALL_HEADER]: holder.token, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok && res.status !== 503) console.error(`[self-call] ${path} answered ${res.status}`);
    return res.ok;
  } catch {
    // not listening yet, or shutting down: the caller's next round tries again
    return false;
  }
}
