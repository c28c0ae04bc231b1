import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PUT as subscribeOwn, DELETE as unsubscribeOwn } from '@/app/api/account/newsletters/[slug]/route';
import { GET as ownLists } from '@/app/api/account/newsletters/route';
import { POST as confirmRoute } from '@/app/api/newsletter-confirmations/route';
import { GET as listNewsletters, POST as createNewsletterRoute } from '@/app/api/newsletters/route';
import { DELETE as deleteNewsletterRoute, PATCH as patchNewsletterRoute } from '@/app/api/newsletters/[slug]/route';
import { POST as subscribeRoute } from '@/app/api/newsletters/[slug]/subscriptions/route';
import { POST as unsubscribeRoute } from '@/app/api/unsubscribe/route';
import * as s from '@/lib/db/schema';
import { signedToken } from '@/lib/mail/signed-token';
import { unsubscribeLinks } from '@/lib/mail/unsubscribe';
import { settleBackgroundWork } from '@/lib/server/background';
import { callRoute } from '../helpers/http';
import { flushMail, setupMailServer } from '../helpers/mail';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const mail = setupMailServer();
const LIST = 'morning-briefing';
let n = 0;

const ip = () => `203.0.113.${++n % 250}`;
const subscribe = (body: unknown, opts: { slug?: string; from?: string } = {}) =>
  callRoute(subscribeRoute, '/x', { slug: opts.slug ?? LIST }, { ...jsonInit('POST', undefined, body), headers: { 'Content-Type': 'application/json', 'x-forwarded-for': opts.from ?? ip() } });
const subscribeByForm = (fields: Record<string, string>) =>
  callRoute(subscribeRoute, '/x', { slug: LIST }, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip() }, body: new URLSearchParams(fields).toString() });
const confirm = (token: unknown) => callRoute(confirmRoute, '/x', {}, jsonInit('POST', undefined, { token }));
const rowsFor = (email: string) => db().select().from(s.newsletterSubscriptions).where(eq(s.newsletterSubscriptions.email, email));
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const address = (name: string) => `${name}-${++n}-${Date.now()}@example.org`;

async function confirmationFor(email: string) {
  await flushMail();
  const [message] = await mail.current().waitFor(email);
  return { message: message!, token: tokenOf(mail.current().link(message!, 'http://localhost:3000/newsletters/confirm?token=')) };
}

describe('newsletter subscriptions (double opt-in)', () => {
  it('subscribe → confirmation email → confirmed → one-click unsubscribe', async () => {
    const email = address('loyal');
    const res = await subscribe({ email });
    expect(res.status).toBe(202);
    const { message, token } = await confirmationFor(email);
    expect(message.subject).toBe('Confirm your subscription to Morning Briefing');
    expect((await rowsFor(email))[0]).toMatchObject({ status: 'pending' });

    const done = await confirm(token);
    expect(done.status).toBe(200);
    expect(done.json.message).toBe(`Thank you: ${email} will get Morning Briefing.`);
    const [row] = await rowsFor(email);
    expect(row).toMatchObject({ status: 'confirmed' });
    expect((await confirm(token)).status).toBe(200); // again: harmless

    // Already confirmed: the same answer, and no second email.
    expect((await subscribe({ email })).json).toEqual(res.json);
    await flushMail();
    expect(mail.current().inbox.filter((m) => m.to.includes(email))).toHaveLength(1);

    const links = unsubscribeLinks({ kind: 'newsletter', subscriptionId: row!.id });
    const url = links.headers['List-Unsubscribe'].slice(1, -1);
    const off = await callRoute(unsubscribeRoute, url, {}, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(off.status).toBe(200);
    expect(off.json.message).toBe('You will no longer get emails about the newsletter Morning Briefing.');
    expect((await rowsFor(email))[0]).toMatchObject({ status: 'unsubscribed' });
    expect((await confirm(token)).json.error.message).toMatch(/You unsubscribed/);

    // Subscribing again asks again.
    await subscribe({ email });
    await flushMail();
    await mail.current().waitFor(email, { count: 2 });
    expect((await rowsFor(email))[0]).toMatchObject({ status: 'pending' });
  });

  it('takes a plain HTML form (no JavaScript) and answers with a redirect to the newsletter’s page', async () => {
    const email = address('formal');
    const res = await subscribeByForm({ email, website: '' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/newsletters/morning-briefing?sent=1');
    await confirmationFor(email);

    const bad = await subscribeByForm({ email: 'not an address' });
    expect(bad.status).toBe(303);
    expect(bad.headers.get('location')).toBe('/newsletters/morning-briefing?error=invalid_input');
  });

  it('ignores bots that fill the hidden field, with the same answer', async () => {
    const email = address('bot');
    const res = await subscribeByForm({ email, website: 'http://spam.example' });
    expect(res.headers.get('location')).toBe('/newsletters/morning-briefing?sent=1');
    expect((await subscribe({ email, website: 'x' })).status).toBe(202);
    await settleBackgroundWork();
    expect(await rowsFor(email)).toEqual([]);
  });

  it('refuses bad addresses and unknown lists, storing and sending nothing', async () => {
    for (const email of ['x@example.org\r\nBcc: victim@example.org', `${'a'.repeat(990)}@example.org`, 'nope', 42, "' OR 1=1 --"]) {
      const res = await subscribe({ email });
      expect(res.status).toBe(400);
      expect(res.json.error.fields.email).toBeTruthy();
    }
    expect((await subscribe({ email: address('lost') }, { slug: 'no-such-list' })).status).toBe(404);
    await settleBackgroundWork();
    expect(await db().select().from(s.newsletterSubscriptions).where(eq(s.newsletterSubscriptions.email, 'nope'))).toEqual([]);
  });

  it('limits sign-ups per address and per IP', async () => {
    const email = address('eager');
    for (let i = 0; i < 3; i++) expect((await subscribe({ email })).status).toBe(202);
    expect((await subscribe({ email })).status).toBe(429);
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await subscribe({ email: address('crowd') }, { from: '192.0.2.200' })).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, 10).every((st) => st === 202)).toBe(true);
  });

  it('refuses tampered and expired confirmation links, changing nothing', async () => {
    const email = address('late');
    await subscribe({ email });
    const { token } = await confirmationFor(email);
    expect((await confirm(`${token.slice(0, -3)}abc`)).json.error.message).toMatch(/not valid/);
    const [row] = await rowsFor(email);
    const expired = signedToken('newsletter-confirm', [row!.id, Buffer.from(email).toString('base64url'), Math.floor(Date.now() / 1000) - 60]);
    const res = await confirm(expired);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/expired/);
    // Someone else's subscription with this address's token parts: the signature does not match.
    expect((await confirm(token.replace(/^\d+/, String(row!.id + 1)))).json.error.message).toMatch(/not valid/);
    expect((await rowsFor(email))[0]).toMatchObject({ status: 'pending' });
  });
});

describe('newsletters on /account', () => {
  it('a confirmed address subscribes at once; an unconfirmed one is asked to confirm', async () => {
    const reader = await signedIn(db(), 'reader@meridian.example');
    const on = await callRoute(subscribeOwn, '/x', { slug: LIST }, jsonInit('PUT', reader.cookie));
    expect(on.status).toBe(200);
    expect(on.json.newsletters.find((l: { slug: string }) => l.slug === LIST)).toMatchObject({ status: 'confirmed' });
    const off = await callRoute(unsubscribeOwn, '/x', { slug: LIST }, jsonInit('DELETE', reader.cookie));
    expect(off.json.newsletters.find((l: { slug: string }) => l.slug === LIST)).toMatchObject({ status: null });

    const newcomer = await createUser(db(), 'reader');
    const pending = await callRoute(subscribeOwn, '/x', { slug: 'breaking-news' }, jsonInit('PUT', newcomer.cookie));
    expect(pending.json.newsletters.find((l: { slug: string }) => l.slug === 'breaking-news')).toMatchObject({ status: 'pending' });
    const { message } = await confirmationFor(newcomer.user.email);
    expect(message.subject).toBe('Confirm your subscription to Breaking News');
    const listed = await callRoute(ownLists, '/x', {}, jsonInit('GET', newcomer.cookie));
    expect(listed.json.newsletters.map((l: { slug: string }) => l.slug)).toEqual(['morning-briefing', 'breaking-news']);
    expect((await callRoute(subscribeOwn, '/x', { slug: 'nope' }, jsonInit('PUT', newcomer.cookie))).status).toBe(404);
  });
});

describe('managing newsletters', () => {
  it('confirmation emails come from the list’s own sender when it has one', async () => {
    const admin = await signedIn(db(), 'admin@meridian.example');
    expect((await callRoute(patchNewsletterRoute, '/x', { slug: 'breaking-news' }, jsonInit('PATCH', admin.cookie, { senderName: 'Meridian Breaking', senderEmail: 'breaking@meridian.example' }))).status).toBe(200);
    const email = address('alerted');
    await subscribe({ email }, { slug: 'breaking-news' });
    const { message } = await confirmationFor(email);
    expect(message.parsed.from?.value[0]).toMatchObject({ name: 'Meridian Breaking', address: 'breaking@meridian.example' });
    const other = address('briefed');
    await subscribe({ email: other });
    const briefing = await confirmationFor(other);
    expect(briefing.message.parsed.from?.value[0]).toMatchObject({ name: 'The Meridian Courier', address: 'news@gazette.example' });
  });

  it('admins create, rename and delete lists (audited); bad input is refused; editors may not', async () => {
    const admin = await signedIn(db(), 'admin@meridian.example');
    const create = (body: unknown, cookie = admin.cookie) => callRoute(createNewsletterRoute, '/x', {}, jsonInit('POST', cookie, body));
    const made = await create({ name: 'Weekend Long Reads', description: 'Saturday mornings', senderName: 'The Weekend Desk', senderEmail: 'weekend@meridian.example' });
    expect(made.status).toBe(201);
    expect(made.json.newsletter).toEqual({ slug: 'weekend-long-reads', name: 'Weekend Long Reads', description: 'Saturday mornings' });
    expect((await create({ name: 'Weekend Long Reads' })).status).toBe(409);
    for (const bad of [{ name: '' }, { name: 'Two\r\nlines' }, { name: 'X', senderName: 'Evil\r\nBcc: a@b.example' }, { name: 'X', senderEmail: 'not-an-address' }, { name: 'X', slug: 'confirm' }, { name: 'X', slug: 'Has Spaces' }]) {
      expect((await create(bad)).status).toBe(400);
    }
    const editor = await createUser(db(), 'editor');
    expect((await create({ name: 'Editors may not' }, editor.cookie)).status).toBe(403);

    const renamed = await callRoute(patchNewsletterRoute, '/x', { slug: 'weekend-long-reads' }, jsonInit('PATCH', admin.cookie, { name: 'Weekend Reads', slug: 'weekend' }));
    expect(renamed.json.newsletter).toMatchObject({ slug: 'weekend', name: 'Weekend Reads' });
    expect((await callRoute(listNewsletters, '/x', {}, jsonInit('GET', undefined))).json.newsletters.map((l: { slug: string }) => l.slug)).toContain('weekend');

    const [weekend] = await db().select().from(s.newsletters).where(eq(s.newsletters.slug, 'weekend'));
    await subscribe({ email: address('weekender') }, { slug: 'weekend' });
    await settleBackgroundWork();
    expect((await callRoute(deleteNewsletterRoute, '/x', { slug: 'weekend' }, jsonInit('DELETE', admin.cookie))).status).toBe(204);
    expect(await db().select().from(s.newsletters).where(eq(s.newsletters.slug, 'weekend'))).toEqual([]);
    const log = await db().select().from(s.moderationActions).where(and(eq(s.moderationActions.targetType, 'newsletter'), eq(s.moderationActions.targetId, String(weekend!.id)))).orderBy(s.moderationActions.id);
    expect(log.map((l) => l.action)).toEqual(['newsletter.create', 'newsletter.update', 'newsletter.delete']);
    expect(log.at(-1)!.before).toMatchObject({ slug: 'weekend', subscribers: 1 });
  });
});
