import { after } from 'next/server';

/**
 * Work a request starts and does not wait for, so its answer and its timing say nothing about it. In a request
 * it starts once the response has been sent (Next's `after`); elsewhere (tests, scripts) on the next turn of the
 * event loop. Failures are logged, never thrown at anyone; tests and shutdown wait with `settleBackgroundWork`.
 */
type Holder = { running: Set<Promise<void>> };
const holder: Holder = ((globalThis as { __broadsheetBackground?: Holder }).__broadsheetBackground ??= { running: new Set() });

export function runInBackground(label: string, work: () => Promise<void>): void {
  let start!: () => void;
  const task: Promise<void> = new Promise<void>((resolve) => (start = resolve))
    .then(work)
    .catch((err: unknown) => console.warn(`[${label}] ${(err as Error).message}`))
    .finally(() => holder.running.delete(task));
  holder.running.add(task);
  try {
    after(() => {
      start();
      return task;
    });
  } catch {
    // Not inside a request.
    setImmediate(start);
  }
}

export async function settleBackgroundWork(): Promise<void> {
  while (holder.running.size > 0) await Promise.allSettled([...holder.running]);
}
