import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as getEmails, PATCH as patchEmails } from '@/app/api/account/emails/route';
import { POST as postComment } from '@/app/api/articles/[slug]/comments/route';
import { POST as reportError } from '@/app/api/articles/[slug]/error-reports/route';
import { POST as reportComment } from '@/app/api/comments/[id]/reports/route';
import { POST as decide } from '@/app/api/moderation/comments/[id]/route';
import { POST as unsubscribeRoute } from '@/app/api/unsubscribe/route';
import * as s from '@/lib/db/schema';
import { BATCH_WINDOW_MS } from '@/lib/notifications/send-due';
import { headerOf } from '../helpers/mail-server';
import { callRoute } from '../helpers/http';
import { flushMail, setupMailServer } from '../helpers/mail';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const mail = setupMailServer();
const SLUG = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
const HEADLINE = 'Emergency powers bill passes second reading by eleven votes';
let n = 0;

/** A verified reader with an approved comment behind them, so nothing of theirs is held. */
async function regular(over: Partial<typeof s.users.$inferInsert> = {}) {
  const reader = await createUser(db(), 'reader', { emailVerified: new Date(), ...over });
  const [article] = await db().select().from(s.articles).where(eq(s.articles.slug, SLUG));
  await db().insert(s.comments).values({ articleId: article!.id, authorId: reader.user.id, body: `Earlier approved comment ${++n}`, status: 'approved', createdAt: new Date(Date.now() - 86_400_000) });
  return reader;
}
const comment = async (cookie: string, body: string, parentId?: number) => {
  const res = await callRoute(postComment, `/api/articles/${SLUG}/comments`, { slug: SLUG }, {
    ...jsonInit('POST', cookie, { body, ...(parentId && { parentId }) }),
    headers: { cookie, 'Content-Type': 'application/json', 'x-forwarded-for': `198.51.100.${++n % 250}` },
  });
  expect(res.status).toBe(201);
  return res.json.comment as { id: number; status: string };
};
const inboxOf = (email: string) => mail.current().inbox.filter((m) => m.to.includes(email));
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe('reply notifications', () => {
  it('emails the reply with a link to it and one-click unsubscribe, batches the next ones, and stops once unsubscribed', async () => {
    const author = await regular();
    const replier = await regular({ name: 'Farah Replier' });
    const mine = await comment(author.cookie, 'The committee vote is what matters here.');
    const reply = await comment(replier.cookie, 'Agreed — and the amendments too. مرحبا 🌊', mine.id);
    expect(reply.status).toBe('approved');

    await flushMail();
    const [first] = await mail.current().waitFor(author.user.email);
    expect(first!.subject).toBe(`Farah Replier replied to your comment on “${HEADLINE}”`);
    expect(first!.text).toContain('Agreed — and the amendments too. مرحبا 🌊');
    const permalink = `http://localhost:3000/politics/${SLUG}#comment-${reply.id}`;
    expect(first!.text).toContain(permalink);
    expect(first!.html).toContain(`href="${permalink}"`);
    expect(headerOf(first!, 'list-unsubscribe')).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\?token=[^>]+>$/);
    expect(headerOf(first!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    // Two more replies within the quarter hour wait, then go out together in one email.
    await comment(replier.cookie, 'One more thought on the amendments.', mine.id);
    await comment(replier.cookie, 'And the timetable for the third reading.', mine.id);
    await flushMail();
    expect(inboxOf(author.user.email)).toHaveLength(1);
    await flushMail(later(BATCH_WINDOW_MS / 60_000 + 1));
    const [, batched] = await mail.current().waitFor(author.user.email, { count: 2 });
    expect(batched!.subject).toBe(`2 new replies to your comment on “${HEADLINE}”`);
    expect(batched!.text).toContain('One more thought on the amendments.');
    expect(batched!.text).toContain('And the timetable for the third reading.');

    // One click, as a mail program does it: a POST with no cookie.
    const url = headerOf(first!, 'list-unsubscribe')!.slice(1, -1);
    const res = await callRoute(unsubscribeRoute, url, {}, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect(res.json.message).toMatch(/replies to your comments/);
    const [after] = await db().select().from(s.users).where(eq(s.users.id, author.user.id));
    expect(after!.notifyReplies).toBe(false);

    await comment(replier.cookie, 'A reply after the unsubscribe.', mine.id);
    await flushMail(later(60));
    expect(inboxOf(author.user.email)).toHaveLength(2);
  });

  it('never for one’s own replies, for held replies until approved, or to banned or deleted readers', async () => {
    const author = await regular();
    const mine = await comment(author.cookie, 'A comment I will answer myself.');
    await comment(author.cookie, 'Answering myself, as one does.', mine.id);
    await flushMail(later(100));
    expect(inboxOf(author.user.email)).toHaveLength(0);

    // A newcomer's reply is held: nothing until a moderator approves it.
    const newcomer = await createUser(db(), 'reader', { emailVerified: new Date() });
    const held = await comment(newcomer.cookie, 'My first comment, as a reply.', mine.id);
    expect(held.status).toBe('pending');
    await flushMail(later(120));
    expect(inboxOf(author.user.email)).toHaveLength(0);
    const editor = await signedIn(db(), 'editor@meridian.example');
    expect((await callRoute(decide, `/x`, { id: String(held.id) }, jsonInit('POST', editor.cookie, { action: 'approve' }))).status).toBe(200);
    await flushMail(later(140));
    expect((await mail.current().waitFor(author.user.email))[0]!.text).toContain('My first comment, as a reply.');

    const banned = await regular();
    const bannedComment = await comment(banned.cookie, 'Written before my ban.');
    await db().update(s.users).set({ status: 'banned', banReason: 'abuse' }).where(eq(s.users.id, banned.user.id));
    const gone = await regular();
    const goneComment = await comment(gone.cookie, 'Written before I left.');
    await db().delete(s.users).where(eq(s.users.id, gone.user.id));
    const replier = await regular();
    await comment(replier.cookie, 'Replying to the banned reader.', bannedComment.id);
    await comment(replier.cookie, 'Replying to the deleted reader.', goneComment.id);
    await flushMail(later(160));
    expect(inboxOf(banned.user.email)).toHaveLength(0);
    expect(inboxOf(gone.user.email)).toHaveLength(0);
  });

  it('emails a reader whose suspension has ended', async () => {
    const author = await regular();
    const mine = await comment(author.cookie, 'Written before a suspension that is now over.');
    await db().update(s.users).set({ status: 'banned', banReason: 'cooling off', bannedUntil: new Date(Date.now() - 60_000) }).where(eq(s.users.id, author.user.id));
    const replier = await regular();
    await comment(replier.cookie, 'Welcome back to the thread.', mine.id);
    await flushMail(later(180));
    expect((await mail.current().waitFor(author.user.email))[0]!.text).toContain('Welcome back to the thread.');
  });

  it('keeps a name with line breaks on one line: no header can be injected', async () => {
    const author = await regular();
    const sneaky = await regular({ name: 'Mallory\r\nBcc: victim@example.org' });
    const mine = await comment(author.cookie, 'A comment to be answered by Mallory.');
    await comment(sneaky.cookie, 'Hello there.', mine.id);
    await flushMail(later(200));
    const [message] = await mail.current().waitFor(author.user.email);
    expect(message!.subject).toBe(`Mallory Bcc: victim@example.org replied to your comment on “${HEADLINE}”`);
    expect(message!.parsed.bcc).toBeUndefined();
    expect(mail.current().inbox.some((m) => m.to.includes('victim@example.org'))).toBe(false);
  });

  it('lets readers switch replies off and staff switch reports on; refuses what their role is not sent', async () => {
    const reader = await regular();
    const get = (cookie?: string) => callRoute(getEmails, '/api/account/emails', {}, jsonInit('GET', cookie));
    const patch = (cookie: string | undefined, body: unknown) => callRoute(patchEmails, '/api/account/emails', {}, jsonInit('PATCH', cookie, body));
    expect((await get(reader.cookie)).json.emails).toEqual({ replies: true });
    expect((await patch(reader.cookie, { replies: false })).json.emails).toEqual({ replies: false });
    expect((await patch(reader.cookie, { reports: true })).status).toBe(403);
    for (const bad of [{ replies: 'yes' }, { everything: true }, [], 'replies']) expect((await patch(reader.cookie, bad)).status).toBe(400);
    expect((await patch(undefined, { replies: true })).status).toBe(401);
    const editor = await createUser(db(), 'editor', { emailVerified: new Date() });
    expect((await get(editor.cookie)).json.emails).toEqual({ replies: true, reports: false, errorReports: false });
  });

  it('emails staff who asked about new comment reports and error reports', async () => {
    const editor = await createUser(db(), 'editor', { emailVerified: new Date() });
    const quiet = await createUser(db(), 'editor', { emailVerified: new Date() });
    await callRoute(patchEmails, '/x', {}, jsonInit('PATCH', editor.cookie, { reports: true, errorReports: true }));
    const writer = await regular();
    const target = await comment(writer.cookie, 'A comment someone will report.');
    const reporter = await regular();
    expect((await callRoute(reportComment, '/x', { id: String(target.id) }, jsonInit('POST', reporter.cookie, { reason: 'abuse' }))).status).toBe(201);
    expect((await callRoute(reportError, '/x', { slug: SLUG }, jsonInit('POST', reporter.cookie, { body: 'The vote count in the second paragraph is wrong.' }))).status).toBe(201);
    await flushMail(later(300));
    const messages = await mail.current().waitFor(editor.user.email, { count: 2 });
    const subjects = messages.map((m) => m.subject).sort();
    expect(subjects).toEqual(['A comment was reported', 'A reader reported an error']);
    expect(messages.find((m) => m.subject === 'A comment was reported')!.text).toContain('A comment someone will report.');
    expect(messages.find((m) => m.subject === 'A comment was reported')!.text).toContain('/newsroom/moderation?queue=reported');
    expect(inboxOf(quiet.user.email)).toHaveLength(0);
  });

  it('leaves out a report a moderator has already answered', async () => {
    const editor = await createUser(db(), 'editor', { emailVerified: new Date() });
    await callRoute(patchEmails, '/x', {}, jsonInit('PATCH', editor.cookie, { reports: true }));
    const writer = await regular();
    const target = await comment(writer.cookie, 'A comment reported and at once cleared.');
    const reporter = await regular();
    await callRoute(reportComment, '/x', { id: String(target.id) }, jsonInit('POST', reporter.cookie, { reason: 'spam' }));
    const moderator = await signedIn(db(), 'admin@meridian.example');
    expect((await callRoute(decide, '/x', { id: String(target.id) }, jsonInit('POST', moderator.cookie, { action: 'approve' }))).status).toBe(200);
    await flushMail(later(400));
    expect(inboxOf(editor.user.email)).toHaveLength(0);
  });

  it('refuses a forged or malformed unsubscribe token, changing nothing', async () => {
    const reader = await regular();
    for (const token of [`${reader.user.id}.reply.forged-signature-forged-signatu`, `${reader.user.id}.everything.x`, "' OR 1=1 --", '']) {
      const res = await callRoute(unsubscribeRoute, `/api/unsubscribe?token=${encodeURIComponent(token)}`, {}, { method: 'POST' });
      expect(res.status).toBe(400);
    }
    expect((await db().select().from(s.users).where(eq(s.users.id, reader.user.id)))[0]!.notifyReplies).toBe(true);
  });
});
