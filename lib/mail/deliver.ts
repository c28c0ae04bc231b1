import 'server-only';
import { and, asc, eq, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { mailOutbox } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { readSiteSettings } from '@/lib/settings/site-settings';
import { mailEnabled, mailTransport } from './mail-config';

/** How long a worker holds the messages it took: one that dies mid-send frees them for another after this. */
const LEASE_MS = 2 * 60_000;
/** Waits before each retry: 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h, 12 h (a day in all); then it has failed. */
export const RETRY_DELAYS_S = [30, 120, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600];

export type DeliveryReport = { sent: number; retrying: number; failed: number };

/** An SMTP answer in the 5xx range (no such mailbox, refused): trying again will not help. */
export const isPermanent = (err: unknown) => {
  const code = (err as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};
/** No SMTP answer at all (refused, timed out): the server is away, and the rest of the batch waits with this one. */
export const isServerAway = (err: unknown) => typeof (err as { responseCode?: number }).responseCode !== 'number';

/**
 * Sends what is due in the outbox, oldest first. Messages are leased in one statement (`FOR UPDATE SKIP
 * LOCKED`), so instances sharing a database never send one twice at once; each is then marked sent, or given
 * its next attempt time, or failed for good. `now` is for tests that step past a retry's wait.
 */
export async function deliverDueMail({ now = new Date(), limit = 20 } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  if (!mailEnabled()) return report;
  const db = await getDb();
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now), or(isNull(mailOutbox.lockedUntil), lt(mailOutbox.lockedUntil, now))))
    .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  const leased = await db
    .update(mailOutbox)
    .set({ lockedUntil: new Date(now.getTime() + LEASE_MS) })
    .where(inArray(mailOutbox.id, due))
    .returning();
  if (leased.length === 0) return report;
  leased.sort((a, b) => a.id - b.id);

  const { publicationName } = await readSiteSettings(db);
  const transport = mailTransport();
  for (const [i, mail] of leased.entries()) {
    try {
      await transport.sendMail({
        from: { name: mail.senderName ?? publicationName, address: mail.senderAddress ?? env.EMAIL_FROM! },
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
      });
      await db.update(mailOutbox).set({ status: 'sent', sentAt: new Date(), attempts: mail.attempts + 1, lockedUntil: null, lastError: null, text: '', html: '' }).where(eq(mailOutbox.id, mail.id));
      report.sent++;
    } catch (err) {
      const attempts = mail.attempts + 1;
      const delay = RETRY_DELAYS_S[attempts - 1];
      const failed = isPermanent(err) || delay === undefined;
      const lastError = (err as Error).message.slice(0, 500);
      await db
        .update(mailOutbox)
        .set({ attempts, lastError, lockedUntil: null, ...(failed ? { status: 'failed' as const } : { nextAttemptAt: new Date(now.getTime() + delay! * 1000) }) })
        .where(eq(mailOutbox.id, mail.id));
      console.warn(`[mail] ${mail.kind} #${mail.id} ${failed ? 'failed for good' : `will be retried in ${delay} s`}: ${lastError}`);
      if (failed) report.failed++;
      else report.retrying++;
      if (isServerAway(err)) {
        // The others were not tried: free them for the next round without counting an attempt.
        const rest = leased.slice(i + 1).map((m) => m.id);
        if (rest.length > 0) await db.update(mailOutbox).set({ lockedUntil: null }).where(inArray(mailOutbox.id, rest));
        break;
      }
    }
  }
  return report;
}
