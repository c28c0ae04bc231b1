import { closeDatabase } from '@/lib/db/client';

/** Runs a database script: closes the database when done, and on failure prints the reason and exits 1. */
export function runScript(main: () => Promise<void>): void {
  main()
    .then(() => closeDatabase())
    .catch(async (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      await closeDatabase().catch(() => {});
      process.exit(1);
    });
}
