import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import { mailOutbox } from '@/lib/db/schema';
import { oneLine } from './compose';
import { wakeMailWorker } from './wake';

export type OutgoingMail = {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** Who it is from, when not the publication at EMAIL_FROM (a newsletter's own sender). */
  from?: { name?: string; address?: string };
};

/**
 * Puts an email in the outbox, in the caller's transaction: it goes out only if what caused it is stored, and
 * whatever happens to SMTP afterwards, it is not lost. The worker is nudged to send it within a moment.
 */
export async function enqueueMail(db: Db | Tx, mail: OutgoingMail): Promise<number> {
  const headers = Object.fromEntries(Object.entries(mail.headers ?? {}).map(([k, v]) => [k, oneLine(v)]));
  // The worker compares against this process's clock, so the time is taken from it too: the database's now()
  // has microseconds and can fall after a Date of the same millisecond.
  const now = new Date();
  const [row] = await db
    .insert(mailOutbox)
    .values({
      kind: mail.kind,
      createdAt: now,
      nextAttemptAt: now,
      recipient: oneLine(mail.to),
      senderName: mail.from?.name ? oneLine(mail.from.name) : null,
      senderAddress: mail.from?.address ? oneLine(mail.from.address) : null,
      subject: oneLine(mail.subject),
      text: mail.text,
      html: mail.html,
      headers,
    })
    .returning({ id: mailOutbox.id });
  wakeMailWorker();
  return row!.id;
}
