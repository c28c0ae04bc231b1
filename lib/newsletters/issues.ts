import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/lib/db/client';
import { articles, newsletterDeliveries, newsletterIssues, newsletters, newsletterSubscriptions, sections } from '@/lib/db/schema';
import type { NewsletterIssueStatus } from '@/lib/db/schema/enums';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { documentToPlainText, type BodyDocument } from '@/lib/articles/document';
import { articleUrl } from '@/lib/articles/types';
import { siteUrl } from '@/lib/env';
import { AppError, notFound } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { mailEnabled } from '@/lib/mail/mail-config';
import { enqueueMail } from '@/lib/mail/outbox';
import { recordAction } from '@/lib/moderation/audit';
import { emptyDocument } from '@/lib/newsroom/article-input';
import { loadIssueEmail, type IssueRow } from './issue-content';
import { alertSchema, createIssueSchema, scheduleIssueSchema, updateIssueSchema } from './newsletter-input';
import { wakeNewsletterSender } from './newsletter-worker';

/**
 * What editors send to a list: issues (an intro and stories) and breaking alerts (one story). A draft is
 * edited, previewed and test-sent; scheduling it (for now or later) hands it to the sender, after which it
 * can no longer change. Progress is counted from its deliveries.
 */

export type IssueProgress = { recipients: number; sent: number; failed: number; waiting: number };
export type IssueSummary = {
  id: number;
  kind: 'issue' | 'alert';
  subject: string;
  status: NewsletterIssueStatus;
  sendAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
  progress: IssueProgress;
};
export type IssueStory = { id: number; headline: string; url: string; section: string; published: boolean };
export type IssueDetail = IssueSummary & { newsletter: { slug: string; name: string }; intro: BodyDocument; stories: IssueStory[] };

const noMail = () => new AppError('unavailable', 'This site cannot send email (EMAIL_SERVER is not set).');
const alreadySent = () => new AppError('conflict', 'This issue has been sent: it can no longer change.');
const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function progressOf(db: Tx | Awaited<ReturnType<typeof getDb>>, ids: number[]): Promise<Map<number, Omit<IssueProgress, 'recipients'>>> {
  const map = new Map<number, Omit<IssueProgress, 'recipients'>>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({ id: newsletterDeliveries.issueId, status: newsletterDeliveries.status, n: sql<number>`count(*)::int` })
    .from(newsletterDeliveries)
    .where(inArray(newsletterDeliveries.issueId, ids))
    .groupBy(newsletterDeliveries.issueId, newsletterDeliveries.status);
  for (const r of rows) {
    const p = map.get(r.id) ?? { sent: 0, failed: 0, waiting: 0 };
    p[r.status === 'pending' ? 'waiting' : r.status] += r.n;
    map.set(r.id, p);
  }
  return map;
}

/** While it sends, progress is counted from its deliveries; once sent, from the tally kept on the issue. */
function summary(row: IssueRow, progress: Omit<IssueProgress, 'recipients'> | undefined): IssueSummary {
  const counted = row.status === 'sent' ? { sent: row.sentCount, failed: row.failedCount, waiting: 0 } : (progress ?? { sent: 0, failed: 0, waiting: 0 });
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    status: row.status,
    sendAt: iso(row.sendAt),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    createdAt: row.createdAt.toISOString(),
    progress: { recipients: row.recipients, ...counted },
  };
}

async function findNewsletter(slug: string) {
  const db = await getDb();
  const [newsletter] = await db.select().from(newsletters).where(eq(newsletters.slug, slug));
  if (!newsletter) throw notFound('Newsletter');
  return newsletter;
}

/** A list's issues, newest first, with how far each has gone; and how many confirmed addresses it has. */
export async function listIssues(actor: Actor, slug: string) {
  assertCan(actor, 'newsletter:send');
  const newsletter = await findNewsletter(slug);
  const db = await getDb();
  const rows = await db.select().from(newsletterIssues).where(eq(newsletterIssues.newsletterId, newsletter.id)).orderBy(desc(newsletterIssues.createdAt), desc(newsletterIssues.id)).limit(100);
  const progress = await progressOf(db, rows.filter((r) => r.status === 'sending').map((r) => r.id));
  const [{ confirmed } = { confirmed: 0 }] = await db
    .select({ confirmed: sql<number>`count(*)::int` })
    .from(newsletterSubscriptions)
    .where(and(eq(newsletterSubscriptions.newsletterId, newsletter.id), eq(newsletterSubscriptions.status, 'confirmed')));
  return { newsletter: { slug: newsletter.slug, name: newsletter.name, confirmed }, issues: rows.map((r) => summary(r, progress.get(r.id))) };
}

async function storiesOf(db: Tx | Awaited<ReturnType<typeof getDb>>, ids: number[]): Promise<IssueStory[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: articles.id, headline: articles.headline, slug: articles.slug, kind: articles.kind, status: articles.status, sectionSlug: sections.slug, section: sections.name })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(inArray(articles.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r && r.kind === 'story' ? [{ id, headline: r.headline, url: articleUrl(r.sectionSlug, r.slug), section: r.section, published: r.status === 'published' }] : [];
  });
}

async function loadIssue(db: Tx | Awaited<ReturnType<typeof getDb>>, id: number, lock = false): Promise<IssueRow> {
  const query = db.select().from(newsletterIssues).where(eq(newsletterIssues.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Issue');
  return row;
}

/** The issue, locked for a change, if it has not started going out (409 once it has: it is the record). */
async function unsentIssue(tx: Tx, id: number): Promise<IssueRow> {
  const row = await loadIssue(tx, id, true);
  if (row.status === 'sending' || row.status === 'sent') throw alreadySent();
  return row;
}

export async function readIssue(actor: Actor, id: number): Promise<IssueDetail> {
  assertCan(actor, 'newsletter:send');
  const db = await getDb();
  const row = await loadIssue(db, id);
  const [newsletter] = await db.select({ slug: newsletters.slug, name: newsletters.name }).from(newsletters).where(eq(newsletters.id, row.newsletterId));
  const progress = await progressOf(db, [id]);
  return { ...summary(row, progress.get(id)), newsletter: newsletter!, intro: row.intro, stories: await storiesOf(db, row.articleIds) };
}

/** Every story named must exist (unknown ids are a 400 naming them); pages cannot go in a newsletter. */
async function checkStories(tx: Tx, ids: number[]): Promise<void> {
  const found = await storiesOf(tx, ids);
  if (found.length !== ids.length) throw new AppError('invalid_input', 'Some stories were not found.', { fields: { articleIds: 'Choose stories from the list' } });
}

export async function createIssue(actor: Actor, slug: string, raw: unknown): Promise<IssueDetail> {
  assertCan(actor, 'newsletter:send');
  const input = parseOrThrow(createIssueSchema, raw);
  if (input.kind === 'alert' && input.articleIds.length !== 1) throw new AppError('invalid_input', 'A breaking alert sends one story.', { fields: { articleIds: 'Choose one story' } });
  const newsletter = await findNewsletter(slug);
  const db = await getDb();
  const id = await db.transaction(async (tx) => {
    await checkStories(tx, input.articleIds);
    const [row] = await tx
      .insert(newsletterIssues)
      .values({ newsletterId: newsletter.id, kind: input.kind, subject: input.subject, intro: input.intro ?? emptyDocument, articleIds: input.articleIds, createdBy: actor.id })
      .returning({ id: newsletterIssues.id });
    return row!.id;
  });
  return readIssue(actor, id);
}

export async function updateIssue(actor: Actor, id: number, raw: unknown): Promise<IssueDetail> {
  assertCan(actor, 'newsletter:send');
  const input = parseOrThrow(updateIssueSchema, raw);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await unsentIssue(tx, id);
    if (input.articleIds) {
      await checkStories(tx, input.articleIds);
      if (row.kind === 'alert' && input.articleIds.length !== 1) throw new AppError('invalid_input', 'A breaking alert sends one story.', { fields: { articleIds: 'Choose one story' } });
    }
    await tx.update(newsletterIssues).set({ ...input, updatedAt: new Date() }).where(eq(newsletterIssues.id, id));
  });
  return readIssue(actor, id);
}

/** A draft or a scheduled issue can be thrown away; one that went out is the record of what was sent. */
export async function deleteIssue(actor: Actor, id: number): Promise<void> {
  assertCan(actor, 'newsletter:send');
  const db = await getDb();
  await db.transaction(async (tx) => {
    await unsentIssue(tx, id);
    await tx.delete(newsletterIssues).where(eq(newsletterIssues.id, id));
  });
}

/** What scheduling needs: something to say, and every story published (an unpublished one would be a dead link). */
async function checkSendable(tx: Tx, row: IssueRow): Promise<void> {
  const stories = await storiesOf(tx, row.articleIds);
  const unpublished = stories.filter((s) => !s.published);
  if (unpublished.length > 0) throw new AppError('invalid_input', `Publish “${unpublished[0]!.headline}” first, or take it out of the issue.`, { fields: { articleIds: 'Only published stories can be sent' } });
  if (stories.length === 0 && documentToPlainText(row.intro).trim() === '') throw new AppError('invalid_input', 'Write an introduction or add a story: this issue is empty.', { fields: { intro: 'Write something, or add a story' } });
}

/** Scheduled for `at` (or now): from then on the sender works through the list. Audited. */
export async function scheduleIssue(actor: Actor, id: number, raw: unknown): Promise<IssueDetail> {
  assertCan(actor, 'newsletter:send');
  if (!mailEnabled()) throw noMail();
  const { at } = parseOrThrow(scheduleIssueSchema, raw ?? {});
  const now = new Date();
  const sendAt = at ? new Date(at) : now;
  if (sendAt.getTime() > now.getTime() + 366 * 24 * 3600_000) throw new AppError('invalid_input', 'Schedule it within a year.', { fields: { at: 'Within a year' } });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await unsentIssue(tx, id);
    await checkSendable(tx, row);
    await tx.update(newsletterIssues).set({ status: 'scheduled', sendAt: sendAt < now ? now : sendAt, updatedAt: now }).where(eq(newsletterIssues.id, id));
    await recordAction(tx, { actorId: actor.id, action: 'newsletter.send', targetType: 'newsletter', targetId: row.newsletterId, after: { issue: id, subject: row.subject, kind: row.kind, sendAt: sendAt.toISOString() } });
  });
  wakeNewsletterSender();
  return readIssue(actor, id);
}

/** Back to a draft, if it has not started. */
export async function unscheduleIssue(actor: Actor, id: number): Promise<IssueDetail> {
  assertCan(actor, 'newsletter:send');
  const db = await getDb();
  await db.transaction(async (tx) => {
    await unsentIssue(tx, id);
    await tx.update(newsletterIssues).set({ status: 'draft', sendAt: null, updatedAt: new Date() }).where(eq(newsletterIssues.id, id));
  });
  return readIssue(actor, id);
}

/** The email as subscribers would get it, for the browser (the links in its footer go to the account page). */
export async function previewIssue(actor: Actor, id: number): Promise<{ subject: string; html: string; text: string }> {
  assertCan(actor, 'newsletter:send');
  const db = await getDb();
  const email = await loadIssueEmail(db, await loadIssue(db, id));
  return { subject: email.subject, ...email.forRecipient({ unsubscribe: `${siteUrl}/account`, manage: `${siteUrl}/account` }) };
}

/** The email to the editor's own address, marked as a test, through the outbox like any email. */
export async function sendTestIssue(actor: Actor, id: number): Promise<{ to: string }> {
  assertCan(actor, 'newsletter:send');
  if (!mailEnabled()) throw noMail();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const email = await loadIssueEmail(tx, await loadIssue(tx, id));
    await enqueueMail(tx, {
      kind: 'newsletter_test',
      to: actor.email,
      from: email.from,
      subject: `[Test] ${email.subject}`,
      ...email.forRecipient({ unsubscribe: `${siteUrl}/account`, manage: `${siteUrl}/account` }),
    });
  });
  return { to: actor.email };
}

/** The lists an editor can send to, for the publishing panel's "Send as a breaking alert". */
export async function sendableNewsletters(actor: Actor): Promise<{ slug: string; name: string }[]> {
  assertCan(actor, 'newsletter:send');
  const db = await getDb();
  return db.select({ slug: newsletters.slug, name: newsletters.name }).from(newsletters).orderBy(asc(newsletters.position), asc(newsletters.id));
}

/**
 * "Send as a breaking alert" from the publishing panel: the published story, whole, to the list's confirmed
 * subscribers now, its headline the subject unless one is given. Kept as an issue of kind `alert`, with its progress.
 */
export async function sendBreakingAlert(actor: Actor, articleId: number, raw: unknown): Promise<IssueDetail> {
  assertCan(actor, 'newsletter:send');
  if (!mailEnabled()) throw noMail();
  const input = parseOrThrow(alertSchema, raw);
  const db = await getDb();
  const [story] = await storiesOf(db, [articleId]);
  if (!story) throw notFound('Article');
  if (!story.published) throw new AppError('invalid_input', 'Publish the story before sending it as an alert.');
  const draft = await createIssue(actor, input.newsletter, { kind: 'alert', subject: input.subject ?? story.headline, articleIds: [articleId] });
  return scheduleIssue(actor, draft.id, {});
}
