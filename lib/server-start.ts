import { env, listeningPort, siteUrl } from '@/lib/env';
import { cacheGeneration } from '@/lib/cache/cache-generation';
import { setCacheGeneration } from '@/lib/cache/page-cache-handler.js';
import { DataDirLockedError } from '@/lib/db/data-dir-lock';
import { prepareDatabase } from '@/lib/db/startup';
import { authSecret } from '@/lib/auth/secret';
import { startMailWorker } from '@/lib/mail/mail-worker';
import { startViewFlushes } from '@/lib/most-read/flush-timer';
import { startNewsletterSender } from '@/lib/newsletters/newsletter-worker';
import { startScheduler } from '@/lib/newsroom/scheduler';
import { issueSetupToken } from '@/lib/setup/setup';
import { setSelfPort } from '@/lib/server/self-call';
import { redactQueryParametersInLogs } from '@/lib/server/log-redaction';
import { closeGracefullyOnSignals } from '@/lib/server/shutdown';
import { listenForOperator } from '@/lib/transfer/operator-socket';

/** Runs once when the Node server starts (from instrumentation.ts): database ready, banner printed. */
export async function startServer(): Promise<void> {
  redactQueryParametersInLogs();
  try {
    authSecret(); // a deployment without NEXTAUTH_SECRET stops here, with the reason
    const { kind, demoAccounts } = await prepareDatabase();
    setCacheGeneration(await cacheGeneration());
    const where = kind === 'pglite' ? `embedded database in ${env.DATA_DIR}/` : 'PostgreSQL';
    const lines = [`Broadsheet is running on ${siteUrl} (${where}).`];
    if (demoAccounts.length > 0) {
      lines.push('Demo sign-in accounts:');
      for (const a of demoAccounts) lines.push(`  ${a.role.padEnd(7)} ${a.email.padEnd(26)} password: ${a.password}`);
    }
    // A database without an admin is a new publication: whoever can read this log sets it up.
    const setupToken = await issueSetupToken();
    if (setupToken) lines.push(`Set up this site at ${siteUrl}/setup?token=${setupToken}`);
    console.log(`\n${lines.join('\n')}\n`);
    setSelfPort(listeningPort());
    startScheduler();
    startMailWorker();
    startNewsletterSender();
    startViewFlushes();
    if (kind === 'pglite') {
      // Backups and exports of the open database go through the server (lib/transfer/operator-socket.ts).
      const close = await listenForOperator().catch((err: unknown) => {
        console.warn(`Backups from the command line will not reach this server: ${(err as Error).message}`);
        return () => {};
      });
      process.once('exit', close);
    }
  } catch (err) {
    if (err instanceof DataDirLockedError || (err instanceof Error && err.message.startsWith('NEXTAUTH_SECRET'))) {
      console.error(`\n${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }

  // Requests in flight finish, then the database and Redis close (PGlite cleanly: no crash recovery next time).
  closeGracefullyOnSignals();
}
