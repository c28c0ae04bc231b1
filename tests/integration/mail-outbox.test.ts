import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { POST as postComment } from '@/app/api/articles/[slug]/comments/route';
import * as s from '@/lib/db/schema';
import { deliverDueMail, RETRY_DELAYS_S } from '@/lib/mail/deliver';
import { enqueueMail } from '@/lib/mail/outbox';
import { pruneMailTables } from '@/lib/mail/prune';
import { sendDueNotifications } from '@/lib/notifications/send-due';
import { callRoute } from '../helpers/http';
import { setMailServer } from '../helpers/mail';
import { startMailServer, type MailServer } from '../helpers/mail-server';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const SLUG = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
const seconds = (n: number) => new Date(Date.now() + n * 1000);
let servers: MailServer[] = [];
afterAll(async () => {
  setMailServer(null);
  await Promise.all(servers.map((m) => m.stop()));
});
async function smtp(options?: Parameters<typeof startMailServer>[0]) {
  const server = await startMailServer(options);
  servers.push(server);
  setMailServer(server.url);
  return server;
}
const message = (to: string, subject = 'A test message') => ({ kind: 'test', to, subject, text: `${subject}.`, html: `<p>${subject}.</p>` });

describe('the mail outbox', () => {
  it('a dead SMTP server loses nothing: the reply is posted (201), and the email arrives once the server is back', async () => {
    const first = await smtp();
    const port = first.port;
    await first.stop();
    servers = servers.filter((m) => m !== first);

    const author = await createUser(db(), 'reader', { emailVerified: new Date() });
    const replier = await createUser(db(), 'reader', { emailVerified: new Date() });
    const [article] = await db().select().from(s.articles).where(eq(s.articles.slug, SLUG));
    const [parent] = await db().insert(s.comments).values({ articleId: article!.id, authorId: author.user.id, body: 'A comment that gets a reply', status: 'approved' }).returning();
    await db().insert(s.comments).values({ articleId: article!.id, authorId: replier.user.id, body: 'An earlier comment', status: 'approved' });
    const res = await callRoute(postComment, `/x`, { slug: SLUG }, { ...jsonInit('POST', replier.cookie, { body: 'A reply while the mail server is down', parentId: parent!.id }), headers: { cookie: replier.cookie, 'Content-Type': 'application/json', 'x-forwarded-for': '198.51.100.9' } });
    expect(res.status).toBe(201);

    expect(await sendDueNotifications()).toBe(1);
    expect(await deliverDueMail()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [waiting] = await db().select().from(s.mailOutbox).where(eq(s.mailOutbox.recipient, author.user.email));
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting!.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    const back = await smtp({ port });
    expect(await deliverDueMail()).toEqual({ sent: 0, retrying: 0, failed: 0 }); // not due yet
    expect(await deliverDueMail({ now: seconds(RETRY_DELAYS_S[0]! + 1) })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [arrived] = await back.waitFor(author.user.email);
    expect(arrived!.text).toContain('A reply while the mail server is down');
    const [sent] = await db().select().from(s.mailOutbox).where(eq(s.mailOutbox.id, waiting!.id));
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, lastError: null, text: '', html: '' });
  });

  it('gives up at once on an address the server refuses (550), and after the last retry otherwise', async () => {
    const server = await smtp({ refuse: ['nobody@gazette.example'] });
    const id = await enqueueMail(db(), message('nobody@gazette.example'));
    expect(await deliverDueMail()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect((await db().select().from(s.mailOutbox).where(eq(s.mailOutbox.id, id)))[0]).toMatchObject({ status: 'failed', attempts: 1 });

    const port = server.port;
    await server.stop();
    const last = await enqueueMail(db(), message('late@example.org'));
    await db().update(s.mailOutbox).set({ attempts: RETRY_DELAYS_S.length }).where(eq(s.mailOutbox.id, last));
    expect(await deliverDueMail()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect((await db().select().from(s.mailOutbox).where(eq(s.mailOutbox.id, last)))[0]).toMatchObject({ status: 'failed', attempts: RETRY_DELAYS_S.length + 1 });
    servers = servers.filter((m) => m !== server);
    await smtp({ port });
  });

  it('when the server is away, the rest of the batch waits without an attempt counted', async () => {
    const server = await smtp();
    await server.stop();
    servers = servers.filter((m) => m !== server);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await enqueueMail(db(), message(`batch-${i}@example.org`)));
    expect(await deliverDueMail()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const rows = await db().select().from(s.mailOutbox).where(inArray(s.mailOutbox.id, ids));
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 0, 1]);
    expect(rows.every((r) => r.lockedUntil === null)).toBe(true);
    await db().delete(s.mailOutbox).where(inArray(s.mailOutbox.id, ids));
  });

  it('workers at once never send a message twice, and the next round sends what they skipped', async () => {
    const server = await smtp();
    const to = Array.from({ length: 12 }, (_, i) => `once-${i}-${Date.now()}@example.org`);
    for (const address of to) await enqueueMail(db(), message(address));
    // A row another worker has locked is skipped, not waited for: it goes in the next round.
    const reports = await Promise.all([deliverDueMail({ limit: 8 }), deliverDueMail({ limit: 8 }), deliverDueMail({ limit: 8 })]);
    reports.push(await deliverDueMail());
    expect(reports.reduce((sum, r) => sum + r.sent, 0), JSON.stringify(reports)).toBe(12);
    for (const address of to) expect(server.inbox.filter((m) => m.to.includes(address))).toHaveLength(1);
  });

  it('tidies up: old sent and failed emails, handled notifications and used or expired links go; pending mail stays', async () => {
    const old = new Date(Date.now() - 31 * 24 * 60 * 60_000);
    const [sentLongAgo] = await db().insert(s.mailOutbox).values({ ...message('old@example.org'), recipient: 'old@example.org', status: 'sent', sentAt: old, createdAt: old }).returning();
    const [failedLongAgo] = await db().insert(s.mailOutbox).values({ ...message('bad@example.org'), recipient: 'bad@example.org', status: 'failed', createdAt: old }).returning();
    const [stillPending] = await db().insert(s.mailOutbox).values({ ...message('slow@example.org'), recipient: 'slow@example.org', createdAt: old, nextAttemptAt: new Date(Date.now() + 3_600_000) }).returning();
    const recentId = await enqueueMail(db(), message('recent@example.org'));
    const reader = await createUser(db(), 'reader');
    const [handled] = await db().insert(s.notifications).values({ recipientId: reader.user.id, kind: 'reply', groupKey: 'thread:1', subjectId: 1, sentAt: old }).returning();
    const [waiting] = await db().insert(s.notifications).values({ recipientId: reader.user.id, kind: 'reply', groupKey: 'thread:1', subjectId: 2 }).returning();
    const [expired] = await db().insert(s.accountTokens).values({ userId: reader.user.id, purpose: 'password_reset', tokenHash: `expired-${Date.now()}`, email: reader.user.email, expiresAt: old }).returning();
    const [live] = await db().insert(s.accountTokens).values({ userId: reader.user.id, purpose: 'verify_email', tokenHash: `live-${Date.now()}`, email: reader.user.email, expiresAt: new Date(Date.now() + 60_000) }).returning();

    await pruneMailTables();
    const outboxIds = (await db().select({ id: s.mailOutbox.id }).from(s.mailOutbox)).map((r) => r.id);
    expect(outboxIds).not.toContain(sentLongAgo!.id);
    expect(outboxIds).not.toContain(failedLongAgo!.id);
    expect(outboxIds).toEqual(expect.arrayContaining([stillPending!.id, recentId]));
    expect((await db().select({ id: s.notifications.id }).from(s.notifications)).map((r) => r.id)).toEqual(expect.arrayContaining([waiting!.id]));
    expect((await db().select().from(s.notifications).where(eq(s.notifications.id, handled!.id)))).toEqual([]);
    const tokenIds = (await db().select({ id: s.accountTokens.id }).from(s.accountTokens)).map((r) => r.id);
    expect(tokenIds).toContain(live!.id);
    expect(tokenIds).not.toContain(expired!.id);
    await db().delete(s.mailOutbox).where(inArray(s.mailOutbox.id, [stillPending!.id, recentId]));
  });

  it('keeps subjects and headers on one line, whatever the caller passes', async () => {
    const server = await smtp();
    await enqueueMail(db(), { ...message('oneline@example.org', 'Hello\r\nBcc: victim@example.org'), headers: { 'X-Note': 'a\r\nBcc: victim@example.org' } });
    await deliverDueMail();
    const [arrived] = await server.waitFor('oneline@example.org');
    expect(arrived!.subject).toBe('Hello Bcc: victim@example.org');
    expect(arrived!.parsed.bcc).toBeUndefined();
    expect(server.inbox.some((m) => m.to.includes('victim'))).toBe(false);
  });
});
