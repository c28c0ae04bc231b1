import { and, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as alertRoute } from '@/app/api/newsroom/articles/[id]/alert/route';
import { DELETE as deleteIssueRoute, GET as issueRoute, PATCH as patchIssueRoute } from '@/app/api/newsletter-issues/[id]/route';
import { GET as previewRoute } from '@/app/api/newsletter-issues/[id]/preview/route';
import { POST as scheduleRoute } from '@/app/api/newsletter-issues/[id]/schedule/route';
import { POST as testRoute } from '@/app/api/newsletter-issues/[id]/test/route';
import { POST as unscheduleRoute } from '@/app/api/newsletter-issues/[id]/unschedule/route';
import { GET as listIssuesRoute, POST as createIssueRoute } from '@/app/api/newsletters/[slug]/issues/route';
import { POST as subscribeRoute } from '@/app/api/newsletters/[slug]/subscriptions/route';
import { POST as unsubscribeRoute } from '@/app/api/unsubscribe/route';
import type { Db } from '@/lib/db/client';
import * as s from '@/lib/db/schema';
import { pruneMailTables } from '@/lib/mail/prune';
import { finishIssues, holdSenderLease, sendDueDeliveries, startDueIssues } from '@/lib/newsletters/newsletter-sender';
import { callRoute } from '../helpers/http';
import { flushMail, setMailServer } from '../helpers/mail';
import { headerOf, startMailServer, type MailServer } from '../helpers/mail-server';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db as Db;
let mail: MailServer;
const REFUSED = 'gone-for-good@example.org';
const GREYLISTED = 'greylisted@example.org';

beforeAll(async () => {
  mail = await startMailServer({ refuse: [REFUSED], deferOnce: [GREYLISTED] });
  setMailServer(mail.url);
});
afterAll(async () => {
  setMailServer(null);
  await mail.stop();
});

let n = 0;
/** A list of its own for each test, with `confirmed` addresses on it (and one pending, one unsubscribed). */
async function listWith(confirmed: string[]) {
  const slug = `list-${++n}-${Date.now()}`;
  const [list] = await db().insert(s.newsletters).values({ slug, name: `List ${n}`, senderName: 'The Desk' }).returning();
  const rows = [
    ...confirmed.map((email) => ({ newsletterId: list!.id, email, status: 'confirmed' as const })),
    { newsletterId: list!.id, email: `pending-${n}@example.org`, status: 'pending' as const },
    { newsletterId: list!.id, email: `left-${n}@example.org`, status: 'unsubscribed' as const },
  ];
  await db().insert(s.newsletterSubscriptions).values(rows);
  return { slug, id: list!.id };
}
const addresses = (count: number, tag = 'sub') => Array.from({ length: count }, (_, i) => `${tag}-${++n}-${i}@example.org`);

async function stories(count: number) {
  return db()
    .select({ id: s.articles.id, headline: s.articles.headline, slug: s.articles.slug })
    .from(s.articles)
    .where(and(eq(s.articles.status, 'published'), eq(s.articles.kind, 'story')))
    .orderBy(desc(s.articles.publishedAt))
    .limit(count);
}

const editor = () => signedIn(db(), 'editor@meridian.example');
const intro = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function compose(slug: string, body: Record<string, unknown>) {
  const { cookie } = await editor();
  const res = await callRoute(createIssueRoute, '/x', { slug }, jsonInit('POST', cookie, body));
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.issue as { id: number };
}
async function schedule(id: number, body: Record<string, unknown> = {}) {
  const { cookie } = await editor();
  return callRoute(scheduleRoute, '/x', { id: String(id) }, jsonInit('POST', cookie, body));
}

/** What the server's sender does, round after round, until nothing is due (as one instance: holder `a`). */
async function sendAll({ holder = 'a', now = () => new Date(), limit = 100 } = {}) {
  const totals = { sent: 0, retrying: 0, failed: 0 };
  for (let round = 0; round < 50; round++) {
    if (!(await holdSenderLease(db(), { holder, now: now() }))) return totals;
    await startDueIssues(db(), now());
    const r = await sendDueDeliveries(db(), { now, limit, rate: 10_000 });
    await finishIssues(db(), now());
    totals.sent += r.sent;
    totals.retrying += r.retrying;
    totals.failed += r.failed;
    if (r.sent + r.retrying + r.failed === 0) break;
  }
  return totals;
}
const inboxOf = (email: string) => mail.inbox.filter((m) => m.to === email);
const issueRow = async (id: number) => (await db().select().from(s.newsletterIssues).where(eq(s.newsletterIssues.id, id)))[0]!;

describe('composing, previewing and test-sending an issue', () => {
  it('an editor composes an intro and stories in order; the preview is the email, with the publication’s name and address', async () => {
    const { slug } = await listWith([]);
    const [a, b] = await stories(2);
    const issue = await compose(slug, { subject: 'Your Monday briefing ☕', intro: intro('Good morning. Three things to know — <script>alert(1)</script>'), articleIds: [a!.id, b!.id] });
    const { cookie } = await editor();

    // Reordered: b first.
    const patched = await callRoute(patchIssueRoute, '/x', { id: String(issue.id) }, jsonInit('PATCH', cookie, { articleIds: [b!.id, a!.id] }));
    expect(patched.status).toBe(200);
    expect(patched.json.issue.stories.map((x: { headline: string }) => x.headline)).toEqual([b!.headline, a!.headline]);
    expect(patched.json.issue.status).toBe('draft');

    const preview = await callRoute(previewRoute, `/x`, { id: String(issue.id) }, jsonInit('GET', cookie));
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toMatch(/^text\/html/);
    const html = preview.text;
    const escape = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    expect(html.indexOf(escape(b!.headline))).toBeGreaterThan(0);
    expect(html.indexOf(escape(b!.headline))).toBeLessThan(html.indexOf(escape(a!.headline)));
    expect(html).toContain('The Meridian Courier');
    expect(html).toContain('1 Harbour Row, Port Meridian');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('name="viewport"');
    expect(html).toContain(`href="http://localhost:3000${patched.json.issue.stories[0].url}"`); // links are absolute
    const text = await callRoute(previewRoute, `/x?format=text`, { id: String(issue.id) }, jsonInit('GET', cookie));
    expect(text.text).toContain(b!.headline);
    expect(text.text).toContain('Good morning. Three things to know — <script>alert(1)</script>');

    const test = await callRoute(testRoute, '/x', { id: String(issue.id) }, jsonInit('POST', cookie));
    expect(test.status).toBe(202);
    expect(test.json).toEqual({ to: 'editor@meridian.example' });
    await flushMail();
    const [copy] = await mail.waitFor('editor@meridian.example');
    expect(copy!.subject).toBe('[Test] Your Monday briefing ☕');
    expect(copy!.parsed.from?.value).toEqual([{ name: 'The Desk', address: 'news@gazette.example' }]);
    expect(copy!.text).toContain(a!.headline);
    expect((await issueRow(issue.id)).status).toBe('draft'); // a test sends to nobody else
  });

  it('refuses bad input with the fields named and stores nothing', async () => {
    const { slug, id: listId } = await listWith([]);
    const { cookie } = await editor();
    const post = (body: unknown) => callRoute(createIssueRoute, '/x', { slug }, jsonInit('POST', cookie, body));
    const [story] = await stories(1);
    expect((await post({ subject: 'Line one\r\nBcc: everyone@example.org' })).json.error.fields.subject).toBe('One line only');
    expect((await post({ subject: 'x'.repeat(1000) })).json.error.fields.subject).toBe('Subjects are at most 200 characters');
    expect((await post({ subject: '' })).json.error.fields.subject).toBe('Give the issue a subject');
    expect((await post({ subject: 'Hi', articleIds: [2_000_000_000] })).json.error.fields.articleIds).toBe('Choose stories from the list');
    expect((await post({ subject: 'Hi', articleIds: ['1; DROP TABLE articles'] })).json.error.fields['articleIds.0']).toBe('Not a story id');
    expect((await post({ subject: 'Hi', articleIds: [story!.id, story!.id] })).json.error.fields.articleIds).toBe('A story is in the issue twice');
    expect((await post({ subject: 'Hi', kind: 'alert', articleIds: [] })).json.error.fields.articleIds).toBe('Choose one story');
    expect((await post({ subject: 'Hi', intro: { type: 'doc', content: [{ type: 'script', text: 'x' }] } })).status).toBe(400);
    const invalid = await callRoute(createIssueRoute, '/x', { slug }, { method: 'POST', headers: { cookie, 'Content-Type': 'application/json' }, body: '{"subject": "Hi",' });
    expect(invalid.status).toBe(400);
    expect((await callRoute(createIssueRoute, '/x', { slug: 'no-such-list' }, jsonInit('POST', cookie, { subject: 'Hi' }))).status).toBe(404);
    expect(await db().$count(s.newsletterIssues, eq(s.newsletterIssues.newsletterId, listId))).toBe(0);

    // RTL and emoji are ordinary subjects.
    const ok = await post({ subject: 'نشرة الصباح 🌅' });
    expect(ok.status).toBe(201);
    expect(ok.json.issue.subject).toBe('نشرة الصباح 🌅');
    // An empty issue cannot be sent.
    const empty = await schedule(ok.json.issue.id);
    expect(empty.status).toBe(400);
    expect(empty.json.error.fields.intro).toBeDefined();
    expect((await callRoute(issueRoute, '/x', { id: '999999' }, jsonInit('GET', cookie))).status).toBe(404);
  });

  it('only editors and admins compose and send; readers and authors get 403, strangers 401', async () => {
    const { slug } = await listWith([]);
    const issue = await compose(slug, { subject: 'Staff only' });
    for (const role of ['reader', 'author'] as const) {
      const { cookie } = await createUser(db(), role);
      expect((await callRoute(createIssueRoute, '/x', { slug }, jsonInit('POST', cookie, { subject: 'x' }))).status).toBe(403);
      expect((await callRoute(listIssuesRoute, '/x', { slug }, jsonInit('GET', cookie))).status).toBe(403);
      expect((await callRoute(scheduleRoute, '/x', { id: String(issue.id) }, jsonInit('POST', cookie, {}))).status).toBe(403);
      expect((await callRoute(previewRoute, '/x', { id: String(issue.id) }, jsonInit('GET', cookie))).status).toBe(403);
    }
    expect((await callRoute(scheduleRoute, '/x', { id: String(issue.id) }, jsonInit('POST', undefined, {}))).status).toBe(401);
    expect((await issueRow(issue.id)).status).toBe('draft');
  });
});

describe('sending', () => {
  it('confirmed subscribers get the issue once each, with one-click unsubscribe; after unsubscribing, nothing more', async () => {
    const people = addresses(5);
    const { slug, id: listId } = await listWith(people);
    const [story] = await stories(1);
    const first = await compose(slug, { subject: 'Issue one', intro: intro('Hello.'), articleIds: [story!.id] });
    const res = await schedule(first.id);
    expect(res.status).toBe(200);
    expect(res.json.issue.status).toBe('scheduled');

    expect(await sendAll()).toMatchObject({ sent: 5, failed: 0 });
    const row = await issueRow(first.id);
    expect(row).toMatchObject({ status: 'sent', recipients: 5 });
    for (const p of people) expect(inboxOf(p)).toHaveLength(1);
    expect(inboxOf(`pending-${n}@example.org`)).toHaveLength(0);

    const message = inboxOf(people[0]!)[0]!;
    expect(message.subject).toBe('Issue one');
    expect(message.text).toContain(story!.headline);
    expect(headerOf(message, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(headerOf(message, 'list-id')).toBe(`<${slug}.localhost>`);
    expect(message.parsed.messageId).toMatch(new RegExp(`^<newsletter-${first.id}-\\d+@localhost>$`));
    const unsubscribeUrl = headerOf(message, 'list-unsubscribe')!.replace(/^<|>$/g, '');
    const off = await callRoute(unsubscribeRoute, unsubscribeUrl, {}, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(off.status).toBe(200);
    expect(message.text).toMatch(/Unsubscribe: http:\/\/localhost:3000\/unsubscribe\?token=/);

    const { cookie } = await editor();
    const progress = await callRoute(listIssuesRoute, '/x', { slug }, jsonInit('GET', cookie));
    expect(progress.json.issues[0]).toMatchObject({ id: first.id, status: 'sent', progress: { recipients: 5, sent: 5, failed: 0, waiting: 0 } });
    expect(progress.json.newsletter.confirmed).toBe(4);

    const second = await compose(slug, { subject: 'Issue two', intro: intro('Again.') });
    await schedule(second.id);
    expect(await sendAll()).toMatchObject({ sent: 4 });
    expect(inboxOf(people[0]!)).toHaveLength(1);
    for (const p of people.slice(1)) expect(inboxOf(p).map((m) => m.subject)).toEqual(['Issue one', 'Issue two']);
    // A sent issue is the record of what went out.
    expect((await callRoute(patchIssueRoute, '/x', { id: String(first.id) }, jsonInit('PATCH', cookie, { subject: 'Changed' }))).status).toBe(409);
    expect((await callRoute(deleteIssueRoute, '/x', { id: String(first.id) }, jsonInit('DELETE', cookie))).status).toBe(409);
    // A month later the per-address rows are tidied away; the issue keeps its tally.
    await pruneMailTables(new Date(Date.now() + 31 * 24 * 3600_000));
    expect(await db().$count(s.newsletterDeliveries, eq(s.newsletterDeliveries.issueId, first.id))).toBe(0);
    const later = await callRoute(listIssuesRoute, '/x', { slug }, jsonInit('GET', cookie));
    expect(later.json.issues.find((i: { id: number }) => i.id === first.id).progress).toEqual({ recipients: 5, sent: 5, failed: 0, waiting: 0 });
    const audit = await db().select().from(s.moderationActions).where(and(eq(s.moderationActions.targetType, 'newsletter'), eq(s.moderationActions.targetId, String(listId))));
    expect(audit.map((a) => a.action)).toEqual(['newsletter.send', 'newsletter.send']);
  });

  it('retries a temporary refusal, and stops sending to an address refused for good', async () => {
    const people = [GREYLISTED, REFUSED, ...addresses(2)];
    const { slug } = await listWith(people);
    const issue = await compose(slug, { subject: 'Weather warning', intro: intro('Storm tonight.') });
    await schedule(issue.id);
    expect(await sendAll()).toMatchObject({ sent: 2, retrying: 1, failed: 1 });
    expect((await issueRow(issue.id)).status).toBe('sending'); // one still waits for its retry
    const later = () => new Date(Date.now() + 31_000);
    expect(await sendAll({ now: later })).toMatchObject({ sent: 1 });
    expect((await issueRow(issue.id)).status).toBe('sent');
    expect(inboxOf(GREYLISTED)).toHaveLength(1);

    const deliveries = await db().select().from(s.newsletterDeliveries).where(eq(s.newsletterDeliveries.issueId, issue.id));
    expect(deliveries.find((d) => d.email === REFUSED)).toMatchObject({ status: 'failed', lastError: expect.stringContaining('No such mailbox') });
    expect(deliveries.find((d) => d.email === GREYLISTED)).toMatchObject({ status: 'sent', attempts: 2 });
    const [bounced] = await db().select().from(s.newsletterSubscriptions).where(eq(s.newsletterSubscriptions.email, REFUSED));
    expect(bounced!.status).toBe('bounced');

    const next = await compose(slug, { subject: 'All clear', intro: intro('Storm passed.') });
    await schedule(next.id);
    await sendAll();
    expect((await issueRow(next.id)).recipients).toBe(3);
    const nextDeliveries = await db().select({ email: s.newsletterDeliveries.email }).from(s.newsletterDeliveries).where(eq(s.newsletterDeliveries.issueId, next.id));
    expect(nextDeliveries.map((d) => d.email)).not.toContain(REFUSED);

    // Subscribing again (the mailbox may work again) asks for a confirmation, as for anyone.
    const again = await callRoute(subscribeRoute, '/x', { slug }, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-forwarded-for': '203.0.113.77' }, body: JSON.stringify({ email: REFUSED }) });
    expect(again.status).toBe(202);
    await flushMail();
    const [asked] = await db().select().from(s.newsletterSubscriptions).where(eq(s.newsletterSubscriptions.email, REFUSED));
    expect(asked!.status).toBe('pending');
  });

  it('keeps to the configured rate', async () => {
    const people = addresses(6, 'paced');
    const { slug } = await listWith(people);
    const issue = await compose(slug, { subject: 'Paced', intro: intro('One at a time.') });
    await schedule(issue.id);
    expect(await holdSenderLease(db(), { holder: 'a' })).toBe(true);
    await startDueIssues(db());
    const started = performance.now();
    expect(await sendDueDeliveries(db(), { rate: 20 })).toMatchObject({ sent: 6 });
    // Six messages at 20 a second: five gaps of 50 ms at least between the first and the last.
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('a send stopped part-way and picked up by another instance reaches everyone exactly once', async () => {
    const people = addresses(10, 'resume');
    const { slug } = await listWith(people);
    const issue = await compose(slug, { subject: 'Resumed', intro: intro('Part way.') });
    await schedule(issue.id);

    // Instance a sends 4 and stops (as on SIGTERM: between messages).
    expect(await holdSenderLease(db(), { holder: 'a' })).toBe(true);
    await startDueIssues(db());
    let sent = 0;
    expect(await sendDueDeliveries(db(), { rate: 10_000, shouldStop: () => sent++ >= 4 })).toMatchObject({ sent: 4 });
    expect(people.filter((p) => inboxOf(p).length === 1)).toHaveLength(4);

    // While a's lease holds, b sends nothing; once it lapses, b finishes the list.
    expect(await holdSenderLease(db(), { holder: 'b' })).toBe(false);
    const lapsed = () => new Date(Date.now() + 61_000);
    expect(await sendAll({ holder: 'b', now: lapsed })).toMatchObject({ sent: 6 });
    for (const p of people) expect(inboxOf(p)).toHaveLength(1);
    expect((await issueRow(issue.id)).status).toBe('sent');
  });

  it('an issue scheduled for later waits for its time; unscheduled, it is a draft again', async () => {
    const people = addresses(2, 'later');
    const { slug } = await listWith(people);
    const issue = await compose(slug, { subject: 'Tomorrow', intro: intro('Soon.') });
    const at = new Date(Date.now() + 3600_000);
    const res = await schedule(issue.id, { at: at.toISOString() });
    expect(res.json.issue).toMatchObject({ status: 'scheduled', sendAt: at.toISOString() });
    await sendAll();
    expect(inboxOf(people[0]!)).toHaveLength(0);
    const { cookie } = await editor();
    expect((await callRoute(unscheduleRoute, '/x', { id: String(issue.id) }, jsonInit('POST', cookie))).json.issue.status).toBe('draft');
    await schedule(issue.id, { at: at.toISOString() });
    await sendAll({ now: () => new Date(at.getTime() + 1000) });
    expect(inboxOf(people[0]!)).toHaveLength(1);
    expect((await schedule(issue.id)).status).toBe(409);
    expect((await schedule(issue.id, { at: 'tomorrow' })).json.error.fields.at).toBe('Give a date and time');
  });

  it('a published story goes out as a breaking alert, whole; a draft cannot', async () => {
    const people = addresses(2, 'alert');
    const { slug } = await listWith(people);
    const [story] = await stories(1);
    const { cookie } = await editor();
    const res = await callRoute(alertRoute, '/x', { id: String(story!.id) }, jsonInit('POST', cookie, { newsletter: slug }));
    expect(res.status).toBe(202);
    expect(res.json.issue).toMatchObject({ kind: 'alert', subject: story!.headline, status: 'scheduled' });
    await sendAll();
    const [message] = inboxOf(people[0]!);
    expect(message!.subject).toBe(story!.headline);
    expect(message!.html).toContain('Breaking news');
    const [body] = await db().select({ text: s.articles.bodyText }).from(s.articles).where(eq(s.articles.id, story!.id));
    expect(message!.text).toContain(body!.text.split('\n')[0]!.slice(0, 60));

    const [draft] = await db().update(s.articles).set({ status: 'draft' }).where(eq(s.articles.id, (await stories(50)).at(-1)!.id)).returning({ id: s.articles.id });
    const refused = await callRoute(alertRoute, '/x', { id: String(draft!.id) }, jsonInit('POST', cookie, { newsletter: slug }));
    expect(refused.status).toBe(400);
    const { cookie: author } = await createUser(db(), 'author');
    expect((await callRoute(alertRoute, '/x', { id: String(story!.id) }, jsonInit('POST', author, { newsletter: slug }))).status).toBe(403);
    const alerts = await db().select().from(s.newsletterIssues).where(inArray(s.newsletterIssues.kind, ['alert']));
    expect(alerts.filter((a) => a.articleIds.includes(draft!.id))).toHaveLength(0);
  });
});
