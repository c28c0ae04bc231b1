/**
 * The mail worker's doorbell. The worker runs in the server process (started from instrumentation.ts); routes
 * are bundled separately from it, so the bell hangs on globalThis, where both find it. Without a worker (tests,
 * scripts) ringing does nothing: the mail waits in the outbox for whoever delivers it.
 */
type Bell = { ring?: () => void };
const bell: Bell = ((globalThis as { __broadsheetMailBell?: Bell }).__broadsheetMailBell ??= {});

export function onMailWake(ring: (() => void) | undefined): void {
  bell.ring = ring;
}

export function wakeMailWorker(): void {
  bell.ring?.();
}
