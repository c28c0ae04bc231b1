import 'server-only';
import { and, eq, inArray, isNotNull, lt, or } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { accountTokens, mailOutbox, newsletterDeliveries, newsletterIssues, notifications } from '@/lib/db/schema';

const DAY_MS = 24 * 60 * 60_000;

/**
 * What the mail tables need not keep: sent and failed emails after 30 days (the log of who got what), the
 * deliveries of newsletter issues finished 30 days ago (each issue keeps its tally), handled
 * notifications after a day (batching looks back a quarter hour), and links used or expired a day ago.
 */
export async function pruneMailTables(now = new Date()): Promise<void> {
  const db = await getDb();
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS);
  const dayAgo = new Date(now.getTime() - DAY_MS);
  await db.delete(mailOutbox).where(or(and(eq(mailOutbox.status, 'sent'), lt(mailOutbox.sentAt, monthAgo)), and(eq(mailOutbox.status, 'failed'), lt(mailOutbox.createdAt, monthAgo))));
  await db
    .delete(newsletterDeliveries)
    .where(inArray(newsletterDeliveries.issueId, db.select({ id: newsletterIssues.id }).from(newsletterIssues).where(and(eq(newsletterIssues.status, 'sent'), lt(newsletterIssues.finishedAt, monthAgo)))));
  await db.delete(notifications).where(and(isNotNull(notifications.sentAt), lt(notifications.sentAt, dayAgo)));
  await db.delete(accountTokens).where(or(lt(accountTokens.expiresAt, dayAgo), lt(accountTokens.usedAt, dayAgo)));
}
