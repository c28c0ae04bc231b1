import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PATCH as patchAccount, POST as signUp } from '@/app/api/account/route';
import { POST as resend } from '@/app/api/account/email-verification/route';
import { POST as confirmAddress } from '@/app/api/account/email-verification/confirm/route';
import { POST as postComment } from '@/app/api/articles/[slug]/comments/route';
import { GET as readModeration, PUT as saveModeration } from '@/app/api/moderation/settings/route';
import { POST as createUserRoute } from '@/app/api/users/route';
import { issueAccountToken } from '@/lib/accounts/account-tokens';
import * as s from '@/lib/db/schema';
import { callRoute } from '../helpers/http';
import { flushMail, setMailServer, setupMailServer } from '../helpers/mail';
import { setupTestDatabase, TEST_PASSWORD } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;
const mail = setupMailServer();
const SLUG = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
let n = 0;

const withIp = (init: RequestInit) => ({ ...init, headers: { ...(init.headers as Record<string, string>), 'x-forwarded-for': `198.51.100.${++n % 250}` } });
const comment = (cookie: string, body: string) => callRoute(postComment, `/api/articles/${SLUG}/comments`, { slug: SLUG }, withIp(jsonInit('POST', cookie, { body })));
const confirm = (token: unknown, cookie?: string) => callRoute(confirmAddress, '/api/account/email-verification/confirm', {}, jsonInit('POST', cookie, { token }));
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const admin = () => signedIn(db(), 'admin@meridian.example');

async function setRules(change: Record<string, unknown>) {
  const { cookie } = await admin();
  const { sections: _sections, ...current } = (await callRoute(readModeration, '/x', {}, jsonInit('GET', cookie))).json.settings;
  const res = await callRoute(saveModeration, '/x', {}, jsonInit('PUT', cookie, { ...current, ...change }));
  expect(res.status).toBe(200);
}

/** Signs up through the API as a new reader would; returns their session and the verification link emailed. */
async function newReader() {
  const email = `newcomer-${++n}-${Date.now()}@example.org`;
  const res = await callRoute(signUp, '/api/account', {}, withIp(jsonInit('POST', undefined, { email, password: 'a long harbour passphrase', name: 'Newcomer' })));
  expect(res.status).toBe(201);
  await flushMail();
  const [message] = await mail.current().waitFor(email);
  return { email, ...(await signedIn(db(), email)), message: message!, link: mail.current().link(message!, 'http://localhost:3000/verify-email?token=') };
}

describe('email verification', () => {
  it('sign-up → verification email → held comment → verify → the next comment is published, the held one stays held', async () => {
    await setRules({ holdFirstComments: false });
    const reader = await newReader();
    expect(reader.message.subject).toBe('Confirm your email address for The Meridian Courier');
    expect(reader.user.emailVerified).toBeNull();

    const held = await comment(reader.cookie, 'Posted before I confirmed my address.');
    expect(held.status).toBe(201);
    expect(held.json.comment).toMatchObject({ status: 'pending', reasons: ['unverified_email'] });

    const res = await confirm(tokenOf(reader.link));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ email: reader.email, changed: false });
    const [user] = await db().select().from(s.users).where(eq(s.users.id, reader.user.id));
    expect(user!.emailVerified).not.toBeNull();

    const next = await comment(reader.cookie, 'Posted after I confirmed my address.');
    expect(next.json.comment).toMatchObject({ status: 'approved', reasons: [] });
    const [stillHeld] = await db().select().from(s.comments).where(eq(s.comments.id, held.json.comment.id));
    expect(stillHeld!.status).toBe('pending');

    expect((await confirm(tokenOf(reader.link))).json.error.message).toMatch(/used already/);
    await setRules({ holdFirstComments: true });
  });

  it('follows the setting: refuse (403, nothing stored) or publish', async () => {
    await setRules({ holdFirstComments: false, unverifiedComments: 'refuse' });
    const reader = await newReader();
    const refused = await comment(reader.cookie, 'Trying to comment unconfirmed.');
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/Confirm your email address/);
    expect(await db().select().from(s.comments).where(eq(s.comments.authorId, reader.user.id))).toEqual([]);

    await setRules({ unverifiedComments: 'publish' });
    expect((await comment(reader.cookie, 'Published although unconfirmed.')).json.comment).toMatchObject({ status: 'approved' });
    await setRules({ holdFirstComments: true, unverifiedComments: 'hold' });
  });

  it('holds nothing on a site that cannot send email: no one could verify', async () => {
    const reader = await newReader();
    await setRules({ holdFirstComments: false });
    setMailServer(null);
    try {
      expect((await comment(reader.cookie, 'A site without email.')).json.comment).toMatchObject({ status: 'approved' });
    } finally {
      setMailServer(mail.current().url);
      await setRules({ holdFirstComments: true });
    }
  });

  it('a new address takes effect only once its link is opened', async () => {
    const reader = await newReader();
    await confirm(tokenOf(reader.link));
    const newAddress = `moved-${Date.now()}@example.org`;
    const res = await callRoute(patchAccount, '/api/account', {}, jsonInit('PATCH', reader.cookie, { email: newAddress, currentPassword: 'a long harbour passphrase' }));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ account: { email: reader.email }, pendingEmail: newAddress });
    expect((await db().select().from(s.users).where(eq(s.users.id, reader.user.id)))[0]!.email).toBe(reader.email);

    await flushMail();
    const [message] = await mail.current().waitFor(newAddress);
    expect(message!.subject).toBe('Confirm your new email address for The Meridian Courier');
    expect(message!.text).toContain(`from ${reader.email} to ${newAddress}`);
    const done = await confirm(tokenOf(mail.current().link(message!, 'http://localhost:3000/verify-email?token=')));
    expect(done.json).toMatchObject({ email: newAddress, changed: true });
    const [user] = await db().select().from(s.users).where(eq(s.users.id, reader.user.id));
    expect(user).toMatchObject({ email: newAddress });
    expect(user!.emailVerified).not.toBeNull();
  });

  it('refuses the change if someone else took the address meanwhile (409, nothing changed)', async () => {
    const reader = await newReader();
    const wanted = `contested-${Date.now()}@example.org`;
    await callRoute(patchAccount, '/api/account', {}, jsonInit('PATCH', reader.cookie, { email: wanted, currentPassword: 'a long harbour passphrase' }));
    await flushMail();
    const [message] = await mail.current().waitFor(wanted);
    await createUser(db(), 'reader', { email: wanted });
    const res = await confirm(tokenOf(mail.current().link(message!, 'http://localhost:3000/verify-email?token=')));
    expect(res.status).toBe(409);
    expect((await db().select().from(s.users).where(eq(s.users.id, reader.user.id)))[0]!.email).toBe(reader.email);
  });

  it('a token proves only its own account’s address, whoever opens it', async () => {
    const owner = await newReader();
    const other = await newReader();
    expect((await confirm(tokenOf(owner.link), other.cookie)).status).toBe(200);
    const [ownerRow] = await db().select().from(s.users).where(eq(s.users.id, owner.user.id));
    const [otherRow] = await db().select().from(s.users).where(eq(s.users.id, other.user.id));
    expect(ownerRow!.emailVerified).not.toBeNull();
    expect(otherRow!.emailVerified).toBeNull();
  });

  it('refuses bad tokens with a clear message', async () => {
    for (const token of ['', 'x'.repeat(43), "' OR 1=1 --", '<script>alert(1)</script>', 42, null, '🦀'.repeat(20)]) {
      const res = await confirm(token);
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('invalid_input');
    }
    // A password-reset link is not a verification link.
    const reader = await createUser(db(), 'reader');
    const resetToken = await issueAccountToken(db(), reader.user.id, 'password_reset', reader.user.email);
    expect((await confirm(resetToken)).json.error.message).toMatch(/not valid/);
    expect((await db().select().from(s.users).where(eq(s.users.id, reader.user.id)))[0]!.emailVerified).toBeNull();
  });

  it('sends the link again on request, limited, and not to a confirmed address', async () => {
    const reader = await newReader();
    const again = await callRoute(resend, '/x', {}, jsonInit('POST', reader.cookie));
    expect(again.status).toBe(202);
    await flushMail();
    await mail.current().waitFor(reader.email, { count: 2 });
    // The first link stopped working when the second was sent.
    expect((await confirm(tokenOf(reader.link))).json.error.message).toMatch(/newer one was sent/);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await callRoute(resend, '/x', {}, jsonInit('POST', reader.cookie))).status);
    expect(statuses).toContain(429);

    const verified = await signedIn(db(), 'reader@meridian.example');
    expect((await callRoute(resend, '/x', {}, jsonInit('POST', verified.cookie))).status).toBe(409);
    expect((await callRoute(resend, '/x', {}, jsonInit('POST', undefined))).status).toBe(401);
  });

  it('counts addresses as verified when staff, setup or the demo made the account', async () => {
    const { cookie } = await admin();
    const email = `added-${Date.now()}@example.org`;
    expect((await callRoute(createUserRoute, '/api/users', {}, jsonInit('POST', cookie, { name: 'Added', email, password: TEST_PASSWORD, role: 'author' }))).status).toBe(201);
    const rows = await db().select({ email: s.users.email, verified: s.users.emailVerified }).from(s.users).where(and(eq(s.users.email, email)));
    expect(rows[0]!.verified).not.toBeNull();
    const demo = await db().select({ verified: s.users.emailVerified }).from(s.users).where(eq(s.users.email, 'reader@meridian.example'));
    expect(demo[0]!.verified).not.toBeNull();
  });

  it('counts an account made by `npm run user:create` as verified', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-user-create-'));
    try {
      const run = spawnSync('npm', ['run', '--silent', 'user:create', '--', '--email', 'operator@example.org', '--role', 'admin'], {
        input: 'an operator passphrase\n',
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: '0' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
      const made = await PGlite.create(path.join(dataDir, 'pglite'));
      const { rows } = await made.query<{ verified: Date | null }>(`select email_verified as verified from users where email = 'operator@example.org'`);
      await made.close();
      expect(rows[0]!.verified).not.toBeNull();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});
