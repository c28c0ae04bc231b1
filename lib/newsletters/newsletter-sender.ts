import 'server-only';
import { hostname } from 'node:os';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { newsletterDeliveries, newsletterIssues, newsletterSubscriptions, workerLeases } from '@/lib/db/schema';
import { env, siteUrl } from '@/lib/env';
import { isPermanent, isServerAway, RETRY_DELAYS_S } from '@/lib/mail/deliver';
import { mailEnabled, mailTransport } from '@/lib/mail/mail-config';
import { unsubscribeLinks } from '@/lib/mail/unsubscribe';
import { loadIssueEmail, type IssueEmail } from './issue-content';

/**
 * Sending issues to their subscribers, from the durable queue `newsletter_deliveries`:
 * - Only one instance sends at a time (the configured rate is the whole site's): it holds the lease
 *   `newsletters`, renewed every batch; if it dies, another takes over when the lease lapses.
 * - An issue's time come, one transaction makes it `sending` and queues one delivery per confirmed address.
 * - Each message is marked sent the moment SMTP accepts it. A restart picks up where the queue stands; a
 *   process killed between the server's "250 OK" and that write (a millisecond) sends that one message again
 *   with the same Message-ID, which mail providers treat as the same message. A graceful stop (SIGTERM) finishes
 *   the message under way first, so nobody gets anything twice.
 * - A 4xx answer is retried later (30 s, 2 min, 10 min … over a day); a 5xx answer fails the delivery and marks
 *   the address bounced, so no later issue goes to it; no answer at all pauses the whole send.
 */

const LEASE = 'newsletters';
const LEASE_MS = 60_000;
/**
 * This instance, as the lease knows it: its host and port, which no two running servers share, so a server
 * restarted after a crash takes its own lease back at once instead of waiting for it to lapse.
 */
const HOLDER = `${hostname()}:${env.PORT}`;

export type SendReport = { sent: number; retrying: number; failed: number; serverAway: boolean };

/** Takes or renews the sending lease; false while another instance holds it. */
export async function holdSenderLease(db: Db, { holder = HOLDER, now = new Date() } = {}): Promise<boolean> {
  const until = new Date(now.getTime() + LEASE_MS);
  const rows = await db
    .insert(workerLeases)
    .values({ name: LEASE, holder, until })
    .onConflictDoUpdate({
      target: workerLeases.name,
      set: { holder, until },
      setWhere: sql`${workerLeases.until} < ${now} or ${workerLeases.holder} = ${holder}`,
    })
    .returning({ holder: workerLeases.holder });
  return rows.length === 1;
}

/** Gives the lease up (stopping), so another instance can send at once rather than after it lapses. */
export async function releaseSenderLease(db: Db, holder = HOLDER): Promise<void> {
  await db.delete(workerLeases).where(and(eq(workerLeases.name, LEASE), eq(workerLeases.holder, holder)));
}

/** Issues whose time has come: `sending`, with a delivery queued for every confirmed address, in one transaction. */
export async function startDueIssues(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: newsletterIssues.id })
    .from(newsletterIssues)
    .where(and(eq(newsletterIssues.status, 'scheduled'), lte(newsletterIssues.sendAt, now)));
  for (const { id } of due) {
    await db.transaction(async (tx) => {
      const [issue] = await tx
        .update(newsletterIssues)
        .set({ status: 'sending', startedAt: now, updatedAt: now })
        .where(and(eq(newsletterIssues.id, id), eq(newsletterIssues.status, 'scheduled')))
        .returning();
      if (!issue) return;
      const queued = await tx
        .insert(newsletterDeliveries)
        .select(
          tx
            .select({
              issueId: sql<number>`${issue.id}`.as('issue_id'),
              subscriptionId: newsletterSubscriptions.id,
              email: newsletterSubscriptions.email,
              status: sql<'pending'>`'pending'::mail_status`.as('status'),
              attempts: sql<number>`0`.as('attempts'),
              nextAttemptAt: sql<Date>`${now}::timestamptz`.as('next_attempt_at'),
              lastError: sql<null>`null`.as('last_error'),
              sentAt: sql<null>`null::timestamptz`.as('sent_at'),
            })
            .from(newsletterSubscriptions)
            .where(and(eq(newsletterSubscriptions.newsletterId, issue.newsletterId), eq(newsletterSubscriptions.status, 'confirmed'))),
        )
        .onConflictDoNothing()
        .returning({ id: newsletterDeliveries.subscriptionId });
      await tx.update(newsletterIssues).set({ recipients: queued.length }).where(eq(newsletterIssues.id, issue.id));
      console.log(`[newsletters] sending issue #${issue.id} to ${queued.length} addresses`);
    });
  }
  return due.length;
}

/** Issues with nothing left to try are sent, with their final tally. */
export async function finishIssues(db: Db, now = new Date()): Promise<void> {
  const tally = (status: 'sent' | 'failed') => sql<number>`(select count(*)::int from ${newsletterDeliveries} d where d.issue_id = ${newsletterIssues.id} and d.status = ${status})`;
  const done = await db
    .update(newsletterIssues)
    .set({ status: 'sent', finishedAt: now, updatedAt: now, sentCount: tally('sent'), failedCount: tally('failed') })
    .where(
      and(
        eq(newsletterIssues.status, 'sending'),
        sql`not exists (select 1 from ${newsletterDeliveries} d where d.issue_id = ${newsletterIssues.id} and d.status = 'pending')`,
      ),
    )
    .returning({ id: newsletterIssues.id, startedAt: newsletterIssues.startedAt, sent: newsletterIssues.sentCount, failed: newsletterIssues.failedCount });
  for (const issue of done) {
    console.log(`[newsletters] issue #${issue.id} sent to ${issue.sent} (${issue.failed} refused) in ${((now.getTime() - issue.startedAt!.getTime()) / 1000).toFixed(1)} s`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends up to `limit` due deliveries, at most `rate` a second, oldest issue first. `shouldStop` is asked
 * between messages (the server is stopping). Deliveries to addresses that left the list since the issue was
 * queued are dropped unsent.
 */
export async function sendDueDeliveries(
  db: Db,
  { now = () => new Date(), limit = 100, rate = env.NEWSLETTER_RATE, shouldStop = () => false }: { now?: () => Date; limit?: number; rate?: number; shouldStop?: () => boolean } = {},
): Promise<SendReport> {
  const report: SendReport = { sent: 0, retrying: 0, failed: 0, serverAway: false };
  if (!mailEnabled()) return report;
  const due = await db
    .select({ delivery: newsletterDeliveries, subscriptionStatus: newsletterSubscriptions.status })
    .from(newsletterDeliveries)
    .innerJoin(newsletterIssues, eq(newsletterIssues.id, newsletterDeliveries.issueId))
    .innerJoin(newsletterSubscriptions, eq(newsletterSubscriptions.id, newsletterDeliveries.subscriptionId))
    .where(and(eq(newsletterDeliveries.status, 'pending'), lte(newsletterDeliveries.nextAttemptAt, now()), eq(newsletterIssues.status, 'sending')))
    .orderBy(asc(newsletterDeliveries.issueId), asc(newsletterDeliveries.subscriptionId))
    .limit(limit);
  const gone = due.filter((d) => d.subscriptionStatus !== 'confirmed').map((d) => d.delivery);
  for (const d of gone) {
    await db.delete(newsletterDeliveries).where(and(eq(newsletterDeliveries.issueId, d.issueId), eq(newsletterDeliveries.subscriptionId, d.subscriptionId)));
  }

  const emails = new Map<number, IssueEmail>();
  const transport = mailTransport('bulk');
  const gapMs = 1000 / rate;
  let nextSlot = performance.now();
  for (const { delivery: d, subscriptionStatus } of due) {
    if (subscriptionStatus !== 'confirmed') continue;
    if (shouldStop()) break;
    // Each message has its slot, `gapMs` after the last one's; a timer cannot wait under a millisecond, so
    // shorter waits are skipped, and a slow send banks no credit for a burst after it.
    const wait = nextSlot - performance.now();
    if (wait >= 1) await sleep(wait);
    nextSlot = Math.max(nextSlot, performance.now()) + gapMs;

    let email = emails.get(d.issueId);
    if (!email) {
      const [issue] = await db.select().from(newsletterIssues).where(eq(newsletterIssues.id, d.issueId));
      email = await loadIssueEmail(db, issue!);
      emails.set(d.issueId, email);
    }
    const key = and(eq(newsletterDeliveries.issueId, d.issueId), eq(newsletterDeliveries.subscriptionId, d.subscriptionId));
    const links = unsubscribeLinks({ kind: 'newsletter', subscriptionId: d.subscriptionId });
    try {
      await transport.sendMail({
        from: email.from,
        to: d.email,
        subject: email.subject,
        ...email.forRecipient({ unsubscribe: links.page, manage: `${siteUrl}/account` }),
        // The same for every attempt: a copy sent again after a crash is recognised as the same message.
        messageId: `<newsletter-${d.issueId}-${d.subscriptionId}@${email.host}>`,
        headers: { ...links.headers, 'List-Id': email.listId },
      });
      await db.update(newsletterDeliveries).set({ status: 'sent', sentAt: now(), attempts: d.attempts + 1, lastError: null }).where(key);
      report.sent++;
    } catch (err) {
      const lastError = (err as Error).message.slice(0, 500);
      if (isServerAway(err)) {
        // Nothing was refused: the server is away. This delivery and the rest wait, no attempt counted.
        console.warn(`[newsletters] the SMTP server is away, sending paused: ${lastError}`);
        report.serverAway = true;
        break;
      }
      const attempts = d.attempts + 1;
      const delay = RETRY_DELAYS_S[attempts - 1];
      if (isPermanent(err) || delay === undefined) {
        await db.transaction(async (tx) => {
          await tx.update(newsletterDeliveries).set({ status: 'failed', attempts, lastError }).where(key);
          await tx.update(newsletterSubscriptions).set({ status: 'bounced' }).where(and(eq(newsletterSubscriptions.id, d.subscriptionId), eq(newsletterSubscriptions.status, 'confirmed')));
        });
        report.failed++;
      } else {
        await db.update(newsletterDeliveries).set({ attempts, lastError, nextAttemptAt: new Date(now().getTime() + delay * 1000) }).where(key);
        report.retrying++;
      }
    }
  }
  return report;
}
