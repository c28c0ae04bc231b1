import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as getAccount } from '@/app/api/account/route';
import { POST as requestReset } from '@/app/api/account/password-reset/route';
import { POST as confirmReset } from '@/app/api/account/password-reset/confirm/route';
import { authenticate } from '@/lib/accounts/authenticate';
import * as s from '@/lib/db/schema';
import { settleBackgroundWork } from '@/lib/server/background';
import { callRoute } from '../helpers/http';
import { flushMail, setMailServer, setupMailServer } from '../helpers/mail';
import { setupTestDatabase, TEST_PASSWORD } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const mail = setupMailServer();
let ip = 0;

const ask = (email: unknown, from = `203.0.113.${++ip % 250}`) =>
  callRoute(requestReset, '/api/account/password-reset', {}, { ...jsonInit('POST', undefined, { email }), headers: { 'Content-Type': 'application/json', 'x-forwarded-for': from } });
const confirm = (body: unknown) =>
  callRoute(confirmReset, '/api/account/password-reset/confirm', {}, { ...jsonInit('POST', undefined, body), headers: { 'Content-Type': 'application/json', 'x-forwarded-for': `198.51.100.${++ip % 250}` } });
const outbox = () => db().select().from(s.mailOutbox);
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** A reader with a password, and the reset link emailed to them. */
async function readerWithLink() {
  const email = `forgetful-${++ip}@example.org`;
  await createUser(db(), 'reader', { email, passwordHash: (await db().select().from(s.users).where(eq(s.users.email, 'reader@meridian.example')))[0]!.passwordHash });
  expect((await ask(email)).status).toBe(202);
  await flushMail();
  const [message] = await mail.current().waitFor(email);
  return { email, message: message!, link: mail.current().link(message!, 'http://localhost:3000/reset-password?token=') };
}

describe('forgot password → email → new password', () => {
  it('emails a one-hour link; the new password works, the old one does not, and every old session ends', async () => {
    const reader = await signedIn(db(), 'reader@meridian.example');
    expect((await callRoute(getAccount, '/api/account', {}, jsonInit('GET', reader.cookie))).status).toBe(200);

    const res = await ask('Reader@Meridian.example');
    expect(res.status).toBe(202);
    expect(res.json.message).toMatch(/If an account uses this address/);
    await flushMail();
    const [message] = await mail.current().waitFor('reader@meridian.example');
    expect(message!.subject).toBe('Reset your password for The Meridian Courier');
    expect(message!.parsed.from?.text).toContain('news@gazette.example');
    const link = mail.current().link(message!, 'http://localhost:3000/reset-password?token=');
    expect(message!.html).toContain('Choose a new password');

    // Only a hash of the token is stored, and the sent email's body is not kept.
    const [token] = await db().select().from(s.accountTokens).where(eq(s.accountTokens.userId, reader.user.id));
    expect(token!.tokenHash).not.toContain(tokenOf(link));
    expect(token!.expiresAt.getTime() - token!.createdAt.getTime()).toBeCloseTo(60 * 60_000, -4);
    const [sent] = (await outbox()).filter((m) => m.recipient === 'reader@meridian.example' && m.kind === 'password_reset');
    expect(sent).toMatchObject({ status: 'sent', text: '', html: '' });

    const done = await confirm({ token: tokenOf(link), password: 'a brand new harbour passphrase' });
    expect(done.status).toBe(200);
    expect(await authenticate({ email: 'reader@meridian.example', password: TEST_PASSWORD }, '192.0.2.1')).toBeNull();
    expect(await authenticate({ email: 'reader@meridian.example', password: 'a brand new harbour passphrase' }, '192.0.2.1')).toMatchObject({ id: reader.user.id });
    expect((await callRoute(getAccount, '/api/account', {}, jsonInit('GET', reader.cookie))).status).toBe(401);

    // Used once: the same link again changes nothing.
    const again = await confirm({ token: tokenOf(link), password: 'yet another harbour passphrase' });
    expect(again.status).toBe(400);
    expect(again.json.error.message).toMatch(/used already/);
    expect(await authenticate({ email: 'reader@meridian.example', password: 'a brand new harbour passphrase' }, '192.0.2.1')).not.toBeNull();
  });

  it('answers an unknown address exactly as a known one, and sends it nothing', async () => {
    await settleBackgroundWork();
    const before = (await outbox()).length;
    const known = await ask('editor@meridian.example');
    const unknown = await ask('nobody-here@example.org');
    expect(unknown.status).toBe(known.status);
    expect(unknown.json).toEqual(known.json);
    expect(unknown.headers.get('cache-control')).toBe(known.headers.get('cache-control'));
    await settleBackgroundWork();
    const added = (await outbox()).slice(before);
    expect(added.map((m) => m.recipient)).toEqual(['editor@meridian.example']);
  });

  it('sends a banned account nothing, with the same answer', async () => {
    const banned = await createUser(db(), 'reader', { status: 'banned', banReason: 'abuse', passwordHash: 'x' });
    const res = await ask(banned.user.email);
    expect(res.status).toBe(202);
    await settleBackgroundWork();
    expect((await outbox()).filter((m) => m.recipient === banned.user.email)).toEqual([]);
  });

  it('refuses header injection, overlong and malformed addresses with 400, sending nothing', async () => {
    const before = (await outbox()).length;
    for (const email of ['reader@meridian.example\r\nBcc: victim@example.org', 'reader@meridian.example\nX-Evil: 1', `${'a'.repeat(990)}@example.org`, "x' OR 1=1 --", '<script>@x', 42, null]) {
      const res = await ask(email);
      expect(res.status).toBe(400);
      expect(res.json.error.fields.email).toBeTruthy();
    }
    const raw = await callRoute(requestReset, '/api/account/password-reset', {}, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":' });
    expect(raw.status).toBe(400);
    await settleBackgroundWork();
    expect((await outbox()).length).toBe(before);
  });

  it('limits requests per address (from anywhere) and per IP address', async () => {
    const email = `limited-${Date.now()}@example.org`;
    for (let i = 0; i < 3; i++) expect((await ask(email)).status).toBe(202);
    const limited = await ask(email);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const from = '192.0.2.77';
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await ask(`someone-${i}-${Date.now()}@example.org`, from)).status);
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('refuses an expired, tampered or missing token and a weak password, changing nothing', async () => {
    const { email, link } = await readerWithLink();
    const [user] = await db().select().from(s.users).where(eq(s.users.email, email));
    const token = tokenOf(link);

    const weak = await confirm({ token, password: 'password' });
    expect(weak.status).toBe(400);
    expect(weak.json.error.fields.password).toBeTruthy();

    const tampered = await confirm({ token: `${token.slice(0, -2)}xx`, password: 'a brand new harbour passphrase' });
    expect(tampered.status).toBe(400);
    expect(tampered.json.error.message).toMatch(/not valid/);
    for (const bad of [{ password: 'a brand new harbour passphrase' }, { token: 12, password: 'a brand new harbour passphrase' }, { token: "' OR 1=1 --", password: 'a brand new harbour passphrase' }]) {
      expect((await confirm(bad)).status).toBe(400);
    }

    await db().update(s.accountTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(s.accountTokens.userId, user!.id));
    const expired = await confirm({ token, password: 'a brand new harbour passphrase' });
    expect(expired.status).toBe(400);
    expect(expired.json.error.message).toMatch(/expired/);

    const [after] = await db().select().from(s.users).where(eq(s.users.id, user!.id));
    expect(after!.passwordHash).toBe(user!.passwordHash);
    expect(after!.sessionVersion).toBe(user!.sessionVersion);
  });

  it('only the newest link works, and a link for an account later banned is refused', async () => {
    const first = await readerWithLink();
    await ask(first.email);
    await flushMail();
    const [, second] = await mail.current().waitFor(first.email, { count: 2 });
    const old = await confirm({ token: tokenOf(first.link), password: 'a brand new harbour passphrase' });
    expect(old.json.error.message).toMatch(/newer one was sent/);

    await db().update(s.users).set({ status: 'banned', banReason: 'abuse' }).where(eq(s.users.email, first.email));
    const newest = tokenOf(mail.current().link(second!, 'http://localhost:3000/reset-password?token='));
    expect((await confirm({ token: newest, password: 'a brand new harbour passphrase' })).status).toBe(403);
  });

  it('gives an imported account without a password its first one, and proves its address', async () => {
    const imported = await createUser(db(), 'reader', { email: `imported-${Date.now()}@example.org` });
    await ask(imported.user.email);
    await flushMail();
    const [message] = await mail.current().waitFor(imported.user.email);
    expect((await confirm({ token: tokenOf(mail.current().link(message!, 'http://localhost:3000/reset-password?token=')), password: 'my first real passphrase' })).status).toBe(200);
    expect(await authenticate({ email: imported.user.email, password: 'my first real passphrase' }, '192.0.2.1')).not.toBeNull();
    const [after] = await db().select().from(s.users).where(eq(s.users.id, imported.user.id));
    expect(after!.emailVerified).not.toBeNull();
  });

  it('says plainly when the site cannot send email (503), rather than pretending', async () => {
    setMailServer(null);
    try {
      const res = await ask('reader@meridian.example');
      expect(res.status).toBe(503);
      expect(res.json.error.message).toMatch(/cannot send email/);
    } finally {
      setMailServer(mail.current().url);
    }
  });
});
