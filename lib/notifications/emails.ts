import 'server-only';
import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '@/lib/db/client';
import { articles, commentReports, comments, errorReports, sections, users } from '@/lib/db/schema';
import type { NotificationKind } from '@/lib/db/schema/enums';
import { readerPath } from '@/lib/articles/types';
import { siteUrl } from '@/lib/env';
import { composeEmail, oneLine } from '@/lib/mail/compose';
import type { OutgoingMail } from '@/lib/mail/outbox';
import { unsubscribeLinks } from '@/lib/mail/unsubscribe';

type Recipient = { id: number; email: string };
const storyColumns = { headline: articles.headline, slug: articles.slug, kind: articles.kind, section: sections.slug };
const quoteOf = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}…` : text);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

/** The email's closing lines: why it came, and how to stop it (with one click, or on the account page). */
function closing(recipient: Recipient, kind: NotificationKind, publicationName: string, why: string) {
  const links = unsubscribeLinks({ kind, userId: recipient.id });
  return {
    footer: [`${why} You get these emails from ${publicationName} because your account asked for them.`],
    links: [
      { label: 'Unsubscribe from these emails', url: links.page },
      { label: 'Choose your emails', url: `${siteUrl}/account#emails` },
    ],
    headers: links.headers,
  };
}

/** Replies to the recipient's comments in one thread, still visible now; null when none is. */
async function repliesEmail(tx: Tx, recipient: Recipient, ids: number[], publicationName: string): Promise<OutgoingMail | null> {
  const replies = await tx
    .select({ id: comments.id, body: comments.body, by: users.name, ...storyColumns })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(inArray(comments.id, ids), eq(comments.status, 'approved'), eq(articles.status, 'published')))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const first = replies[0];
  if (!first) return null;
  const headline = oneLine(first.headline);
  const subject =
    replies.length === 1 ? `${oneLine(first.by ?? 'Someone')} replied to your comment on “${headline}”` : `${replies.length} new replies to your comment on “${headline}”`;
  const end = closing(recipient, 'reply', publicationName, 'You wrote a comment that others answered.');
  const permalink = (id: number) => `${siteUrl}${readerPath(first)}#comment-${id}`;
  return {
    kind: 'replies',
    to: recipient.email,
    subject,
    headers: end.headers,
    ...composeEmail({
      heading: subject,
      paragraphs: [`On “${headline}”:`],
      quotes: replies.map((r) => ({ by: r.by ?? 'deleted user', text: quoteOf(r.body), url: permalink(r.id) })),
      button: { label: replies.length === 1 ? 'Read the reply' : 'Read the replies', url: permalink(first.id) },
      footer: end.footer,
      links: end.links,
    }),
  };
}

/** Comments readers reported, still waiting for a moderator (one already decided is left out). */
async function reportsEmail(tx: Tx, recipient: Recipient, commentIds: number[], publicationName: string): Promise<OutgoingMail | null> {
  const reported = await tx
    .selectDistinct({ id: comments.id, body: comments.body, reason: commentReports.reason, headline: articles.headline })
    .from(comments)
    .innerJoin(commentReports, eq(commentReports.commentId, comments.id))
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(and(inArray(comments.id, commentIds), eq(comments.status, 'approved'), gt(comments.reportCount, 0), isNull(commentReports.resolvedAt)));
  const open = [...new Map(reported.map((r) => [r.id, r])).values()];
  if (open.length === 0) return null;
  const subject = `${plural(open.length, 'A comment was', 'comments were')} reported`;
  const end = closing(recipient, 'report', publicationName, 'You moderate comments.');
  return {
    kind: 'reports',
    to: recipient.email,
    subject,
    headers: end.headers,
    ...composeEmail({
      heading: subject,
      paragraphs: ['Readers reported these comments. They wait in the Reported queue of the moderation desk.'],
      quotes: open.map((r) => ({ by: `On “${oneLine(r.headline)}” (${r.reason.replaceAll('_', ' ')})`, text: quoteOf(r.body) })),
      button: { label: 'Open the Reported queue', url: `${siteUrl}/newsroom/moderation?queue=reported` },
      footer: end.footer,
      links: end.links,
    }),
  };
}

/** Readers' reports of errors in stories. */
async function errorReportsEmail(tx: Tx, recipient: Recipient, ids: number[], publicationName: string): Promise<OutgoingMail | null> {
  const reports = await tx
    .select({ id: errorReports.id, body: errorReports.body, headline: articles.headline })
    .from(errorReports)
    .innerJoin(articles, eq(articles.id, errorReports.articleId))
    .where(inArray(errorReports.id, ids))
    .orderBy(asc(errorReports.id));
  if (reports.length === 0) return null;
  const subject = `${plural(reports.length, 'A reader reported an error', 'error reports from readers')}`;
  const end = closing(recipient, 'error_report', publicationName, 'You correct stories.');
  return {
    kind: 'error_reports',
    to: recipient.email,
    subject,
    headers: end.headers,
    ...composeEmail({
      heading: subject,
      paragraphs: ['Readers think these stories have something wrong.'],
      quotes: reports.map((r) => ({ by: `On “${oneLine(r.headline)}”`, text: quoteOf(r.body) })),
      button: { label: 'Open error reports', url: `${siteUrl}/newsroom/errors` },
      footer: end.footer,
      links: end.links,
    }),
  };
}

export const NOTIFICATION_EMAILS: Record<NotificationKind, (tx: Tx, recipient: Recipient, ids: number[], publicationName: string) => Promise<OutgoingMail | null>> = {
  reply: repliesEmail,
  report: reportsEmail,
  error_report: errorReportsEmail,
};
