import 'server-only';
import { sendDueNotifications } from '@/lib/notifications/send-due';
import { deliverDueMail } from './deliver';
import { mailEnabled } from './mail-config';
import { pruneMailTables } from './prune';
import { onMailWake } from './wake';

/**
 * The server's mail round: waiting notifications become emails, then due emails go out (and once an hour the
 * tables are tidied). It runs every few
 * seconds, and a moment after anything is put in the outbox; one round at a time per process (several
 * processes share the work safely: rows are leased with SKIP LOCKED).
 */
const INTERVAL_MS = 5_000;
const PRUNE_EVERY_MS = 60 * 60_000;
type Worker = { timer?: NodeJS.Timeout; running?: Promise<void>; again?: boolean; soon?: NodeJS.Timeout; prunedAt?: number };
const worker: Worker = ((globalThis as { __broadsheetMailWorker?: Worker }).__broadsheetMailWorker ??= {});

async function round(): Promise<void> {
  try {
    await sendDueNotifications();
    await deliverDueMail();
    if (Date.now() - (worker.prunedAt ?? 0) > PRUNE_EVERY_MS) {
      worker.prunedAt = Date.now();
      await pruneMailTables();
    }
  } catch (err) {
    // The database may be away for a moment; the next round tries again.
    console.warn(`[mail] round failed: ${(err as Error).message}`);
  }
}

function runRound(): void {
  if (worker.running) {
    worker.again = true;
    return;
  }
  worker.running = round().finally(() => {
    worker.running = undefined;
    if (worker.again) {
      worker.again = false;
      runRound();
    }
  });
}

export function startMailWorker(): void {
  if (worker.timer || !mailEnabled()) return;
  worker.timer = setInterval(runRound, INTERVAL_MS);
  worker.timer.unref();
  // After a write: wait for its transaction to commit (a few milliseconds), then send.
  onMailWake(() => {
    if (worker.soon) return;
    worker.soon = setTimeout(() => {
      worker.soon = undefined;
      runRound();
    }, 100);
    worker.soon.unref();
  });
  runRound();
}

/** Stops the rounds (shutting down); a round under way finishes, and what is left waits in the outbox. */
export async function stopMailWorker(): Promise<void> {
  if (worker.timer) clearInterval(worker.timer);
  if (worker.soon) clearTimeout(worker.soon);
  worker.timer = worker.soon = undefined;
  onMailWake(undefined);
  await worker.running;
}
