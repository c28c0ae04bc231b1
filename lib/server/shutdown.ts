import 'server-only';
import { closeDatabase } from '@/lib/db/client';
import { stopMailWorker } from '@/lib/mail/mail-worker';
import { stopViewFlushes } from '@/lib/most-read/flush-timer';
import { stopNewsletterSender } from '@/lib/newsletters/newsletter-worker';
import { settleBackgroundWork } from './background';
import { stopScheduler } from '@/lib/newsroom/scheduler';
import { closeRedis } from '@/lib/redis/client';
import { pageCacheState } from '@/lib/cache/page-cache-handler.js';

/** However long requests in flight take, the process is gone within this (orchestrators wait 10 s). */
const DEADLINE_MS = 8_000;

let closing: Promise<void> | undefined;

/**
 * Stops the timers (a mail round and a newsletter message under way finish first), then closes the database (PGlite flushes;
 * PostgreSQL's pool ends) and Redis. Once.
 */
function closeEverything(): Promise<void> {
  stopScheduler();
  closing ??= Promise.all([stopMailWorker(), stopNewsletterSender(), stopViewFlushes(), settleBackgroundWork()])
    .catch(() => undefined)
    .then(() => Promise.allSettled([closeDatabase(), closeRedis(), closePageCache()]))
    .then(() => undefined);
  return closing;
}

/** Sends the purges still queued (two seconds at most: the tiers' copies age out anyway), then closes Redis. */
async function closePageCache(): Promise<void> {
  const state = pageCacheState();
  if (!state) return;
  await Promise.race([state.purges.idle(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  if ('close' in state.store) await state.store.close();
}

/**
 * A graceful stop on SIGTERM or SIGINT. Next's own handler stops accepting connections, waits for the requests
 * in flight, and then calls process.exit; the database must close after the last of those requests and before
 * that exit, so the exit is held until it has. A deadline ends it all if a request hangs, or an idle keep-alive
 * connection keeps the server open; the exit code is the signal's either way (128 + its number).
 */
export function closeGracefullyOnSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      const exit = process.exit.bind(process);
      process.exit = ((status?: number) => {
        void closeEverything().finally(() => exit(status));
      }) as typeof process.exit;
      setTimeout(() => void closeEverything().finally(() => exit(code)), DEADLINE_MS).unref();
    });
  }
}
