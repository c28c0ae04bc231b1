import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { GET as getAccount, POST as postAccount } from '@/app/api/account/route';
import { GET as getSession } from '@/app/api/session/route';
import { authenticate } from '@/lib/accounts/authenticate';
import * as s from '@/lib/db/schema';
import { callRoute } from '../helpers/http';
import { sessionCookie } from '../helpers/session';
import { setupTestDatabase, TEST_PASSWORD } from '../helpers/test-database';

const database = setupTestDatabase();
const db = () => database.current().db;
let ipCounter = 0;
const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

function signUp(body: unknown, opts: { ip?: string; headers?: Record<string, string>; raw?: string } = {}) {
  return callRoute(postAccount, '/api/account', {}, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-forwarded-for': opts.ip ?? freshIp(), ...opts.headers },
    body: opts.raw ?? JSON.stringify(body),
  });
}
const userCount = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(s.users))[0]!.n;
const valid = (over: Record<string, unknown> = {}) => ({ email: `new-${Date.now()}-${Math.random()}@example.org`, password: 'a fine long passphrase', name: 'Nadia Newcomer', ...over });

describe('POST /api/account (sign up)', () => {
  it('creates a reader with a hashed password and answers 201 with the account', async () => {
    const body = valid({ email: 'Nadia@Example.org' });
    const res = await signUp(body);
    expect(res.status).toBe(201);
    expect(res.json.account).toMatchObject({ email: 'nadia@example.org', name: 'Nadia Newcomer', role: 'reader' });
    const [row] = await db().select().from(s.users).where(eq(s.users.email, 'nadia@example.org'));
    expect(row?.passwordHash).toMatch(/^scrypt\$/);
    expect(row?.passwordHash).not.toContain(body.password);
    expect(JSON.stringify(res.json)).not.toContain('scrypt');
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    await signUp(valid({ email: 'twice@example.org' }));
    const before = await userCount();
    const res = await signUp(valid({ email: 'TWICE@example.org' }));
    expect(res.status).toBe(409);
    expect(res.json.error.fields).toHaveProperty('email');
    expect(await userCount()).toBe(before);
  });

  it.each([
    ['missing fields', {}, ['email', 'password', 'name']],
    ['wrong types', { email: 42, password: ['x'], name: { first: 'A' } }, ['email', 'password', 'name']],
    ['a 1 MB name', { name: 'n'.repeat(1024 * 1024) }, ['name']],
    ['an email in look-alike Cyrillic letters', { email: 'аdmin@example.org' }, ['email']],
    ['an email with a zero-width space', { email: 'ad\u200bmin@example.org' }, ['email']],
    ['an SQL fragment as email', { email: "x'; drop table users; --@example.org" }, ['email']],
    ['a name with a right-to-left override', { name: 'Eve \u202Egnp.exe' }, ['name']],
    ['a name with markup', { name: '<script>alert(1)</script>' }, ['name']],
    ['a short password', { password: 'short' }, ['password']],
    ['a common password', { password: 'password123' }, ['password']],
    ['a common word with digits', { password: 'sunshine2026!' }, ['password']],
  ])('answers 400 naming the field for %s, storing nothing', async (_label, override, fields) => {
    const before = await userCount();
    const body = Object.keys(override).length === 0 ? {} : valid(override);
    const res = await signUp(body);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('invalid_input');
    expect(Object.keys(res.json.error.fields)).toEqual(expect.arrayContaining(fields));
    expect(await userCount()).toBe(before);
  });

  it('stores a name with SQL characters as plain text', async () => {
    const res = await signUp(valid({ name: "Robert'); DROP TABLE users;--" }));
    expect(res.status).toBe(201);
    expect(res.json.account.name).toBe("Robert'); DROP TABLE users;--");
    expect(await userCount()).toBeGreaterThan(1);
  });

  it('keeps RTL and emoji names intact', async () => {
    const res = await signUp(valid({ name: 'مريم 🌿' }));
    expect(res.status).toBe(201);
    expect(res.json.account.name).toBe('مريم 🌿');
  });

  it('answers 400 to invalid JSON, 415 to another content type and 413 to a huge body', async () => {
    const before = await userCount();
    expect((await signUp(null, { raw: '{"email": ' })).status).toBe(400);
    const form = await signUp(null, { raw: 'email=a@b.c', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    expect(form.json.error.code).toBe('unsupported_media_type');
    const huge = await signUp(null, { raw: JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
    expect(await userCount()).toBe(before);
  });

  it('refuses cross-site requests with 403, storing nothing', async () => {
    const before = await userCount();
    const foreign = await signUp(valid(), { headers: { Origin: 'https://evil.example', Host: 'localhost' } });
    expect(foreign.status).toBe(403);
    const crossSite = await signUp(valid(), { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const sameSite = await signUp(valid(), { headers: { Origin: 'http://localhost', Host: 'localhost' } });
    expect(sameSite.status).toBe(201);
    expect(await userCount()).toBe(before + 1);
  });

  it('limits sign-ups per IP with 429 and Retry-After', async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect((await signUp(valid(), { ip })).status).toBe(201);
    const sixth = await signUp(valid(), { ip });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signUp(valid(), { ip: freshIp() })).status).toBe(201);
  });
});

describe('GET /api/account', () => {
  it('answers 401 when signed out or with a forged session', async () => {
    expect((await callRoute(getAccount, '/api/account', {})).status).toBe(401);
    const forged = await callRoute(getAccount, '/api/account', {}, { headers: { cookie: 'next-auth.session-token=forged.token.value' } });
    expect(forged.status).toBe(401);
  });

  it('returns the signed-in user, with the role as the database has it now', async () => {
    const [reader] = await db().select().from(s.users).where(eq(s.users.email, 'reader@meridian.example'));
    // The token says admin; the database says reader, and the database wins.
    const cookie = await sessionCookie(reader!.id, 'admin');
    const res = await callRoute(getAccount, '/api/account', {}, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.json.account).toEqual({ id: reader!.id, name: 'Rosa Reader', email: 'reader@meridian.example', role: 'reader' });
    expect(res.headers.get('cache-control')).toContain('no-store');
  });
});

describe('GET /api/session (who is here, for the header)', () => {
  it('answers 200 with no account when signed out or with a forged session, never cached', async () => {
    const anonymous = await callRoute(getSession, '/api/session', {});
    expect(anonymous.status).toBe(200);
    expect(anonymous.json).toEqual({ account: null });
    expect(anonymous.headers.get('cache-control')).toContain('no-store');
    const forged = await callRoute(getSession, '/api/session', {}, { headers: { cookie: 'next-auth.session-token=forged.token.value' } });
    expect(forged.json).toEqual({ account: null });
  });

  it('names the signed-in user with the role the database has now, and no email', async () => {
    const [reader] = await db().select().from(s.users).where(eq(s.users.email, 'reader@meridian.example'));
    const res = await callRoute(getSession, '/api/session', {}, { headers: { cookie: await sessionCookie(reader!.id, 'admin') } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ account: { id: reader!.id, name: 'Rosa Reader', role: 'reader' } });
  });
});

describe('authenticate (credentials sign-in)', () => {
  it('accepts the right password and refuses a wrong one or an unknown email alike', async () => {
    const ip = freshIp();
    expect(await authenticate({ email: 'Editor@Meridian.example', password: TEST_PASSWORD }, ip)).toMatchObject({ role: 'editor' });
    expect(await authenticate({ email: 'editor@meridian.example', password: 'wrong password!' }, ip)).toBeNull();
    expect(await authenticate({ email: 'nobody@meridian.example', password: 'wrong password!' }, ip)).toBeNull();
    expect(await authenticate({ email: ['x'], password: 5 }, ip)).toBeNull();
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      for (let i = 0; i < 3; i++) await authenticate({ email, password: 'wrong password!' }, freshIp());
      return performance.now() - started;
    };
    const [unknown, wrong] = [await time('ghost@meridian.example'), await time('author-timing@meridian.example')];
    const known = await time('admin@meridian.example');
    // Both pay for one scrypt; a missing one would make the unknown email ~100x faster.
    expect(unknown / known).toBeGreaterThan(0.4);
    expect(unknown / known).toBeLessThan(2.5);
    expect(wrong).toBeGreaterThan(0);
  });

  it('of 30 wrong passwords at once for one account from one address, exactly 10 are checked; the rest get 429', async () => {
    const ip = freshIp();
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => authenticate({ email: 'leo@meridian.example', password: `nope ${i}` }, ip)));
    const checked = results.filter((r) => r.status === 'fulfilled');
    const limited = results.filter((r) => r.status === 'rejected' && (r.reason as { status?: number }).status === 429);
    expect(checked).toHaveLength(10);
    expect(limited).toHaveLength(20);
    // From that address the right password is refused too, for a while …
    await expect(authenticate({ email: 'leo@meridian.example', password: TEST_PASSWORD }, ip)).rejects.toMatchObject({
      status: 429,
      headers: { 'Retry-After': expect.stringMatching(/^\d+$/) },
    });
    // … but the guesser has not locked Leo out: from his own address he signs in.
    expect(await authenticate({ email: 'leo@meridian.example', password: TEST_PASSWORD }, freshIp())).toMatchObject({ email: 'leo@meridian.example' });
  });

  it('a right password gives its attempt back: signing in often never adds up to a lock', async () => {
    const ip = freshIp();
    for (let i = 0; i < 15; i++) expect(await authenticate({ email: 'reader@meridian.example', password: TEST_PASSWORD }, ip)).not.toBeNull();
  });

  it('many addresses guessing one account are stopped by a looser limit on the account itself', async () => {
    for (let i = 0; i < 50; i++) expect(await authenticate({ email: 'author-spray@meridian.example', password: `guess ${i}` }, freshIp())).toBeNull();
    await expect(authenticate({ email: 'author-spray@meridian.example', password: 'guess 51' }, freshIp())).rejects.toMatchObject({ status: 429 });
  });

  it('limits failures per IP across accounts (password spraying)', async () => {
    const ip = freshIp();
    for (let i = 0; i < 30; i++) await authenticate({ email: `someone-${i}@example.org`, password: 'wrong password!' }, ip);
    await expect(authenticate({ email: 'reader@meridian.example', password: TEST_PASSWORD }, ip)).rejects.toMatchObject({ status: 429 });
  });
});
