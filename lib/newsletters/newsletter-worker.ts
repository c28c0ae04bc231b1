import 'server-only';
import { getDb } from '@/lib/db/client';
import { mailEnabled } from '@/lib/mail/mail-config';
import { finishIssues, holdSenderLease, releaseSenderLease, sendDueDeliveries, startDueIssues } from './newsletter-sender';

/**
 * The server's newsletter loop: while there is something to send it sends batch after batch (each a few
 * seconds at the configured rate, the lease renewed before each); otherwise it looks again every few seconds,
 * or at once when an editor schedules an issue. One loop per process; one sending process per site (the lease).
 */
const IDLE_MS = 5_000;
/** After the SMTP server did not answer: try again after this. */
const AWAY_MS = 30_000;

type Loop = { running?: Promise<void>; stopping?: boolean; wake?: () => void };
const loop: Loop = ((globalThis as { __broadsheetNewsletterLoop?: Loop }).__broadsheetNewsletterLoop ??= {});

/** Something to send now (an issue scheduled for now): the loop stops waiting. */
export function wakeNewsletterSender(): void {
  loop.wake?.();
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      loop.wake = undefined;
      resolve();
    }
    loop.wake = done;
  });
}

/** One batch; how long to wait before the next (0: go on). */
async function batch(): Promise<number> {
  if (!mailEnabled()) return IDLE_MS;
  const db = await getDb();
  if (!(await holdSenderLease(db))) return IDLE_MS;
  await startDueIssues(db);
  const report = await sendDueDeliveries(db, { shouldStop: () => Boolean(loop.stopping) });
  await finishIssues(db);
  if (report.serverAway) return AWAY_MS;
  return report.sent + report.retrying + report.failed > 0 ? 0 : IDLE_MS;
}

export function startNewsletterSender(): void {
  if (loop.running) return;
  loop.stopping = false;
  loop.running = (async () => {
    while (!loop.stopping) {
      let wait: number;
      try {
        wait = await batch();
      } catch (err) {
        // The database may be away for a moment; the next batch tries again.
        console.warn(`[newsletters] batch failed: ${(err as Error).message}`);
        wait = IDLE_MS;
      }
      if (wait > 0 && !loop.stopping) await pause(wait);
    }
  })();
}

/** Stops after the message under way (shutting down) and gives up the lease so another instance goes on at once. */
export async function stopNewsletterSender(): Promise<void> {
  if (!loop.running) return;
  loop.stopping = true;
  loop.wake?.();
  await loop.running;
  loop.running = undefined;
  await getDb()
    .then((db) => releaseSenderLease(db))
    .catch(() => undefined);
}
