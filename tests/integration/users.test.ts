import { and, desc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { POST as createUserRoute, GET as listUsersRoute } from '@/app/api/users/route';
import { authenticate } from '@/lib/accounts/authenticate';
import { PUT as putRole } from '@/app/api/users/[id]/role/route';
import { DELETE as unban, POST as ban } from '@/app/api/moderation/users/[id]/ban/route';
import { DELETE as deleteAccountRoute, GET as getAccount, PATCH as patchAccount } from '@/app/api/account/route';
import { hashPassword } from '@/lib/auth/password';
import * as s from '@/lib/db/schema';
import { callRoute } from '../helpers/http';
import { assertCountsMatchRows } from '../helpers/comment-counts';
import { setupTestDatabase, TEST_PASSWORD } from '../helpers/test-database';
import { createUser, jsonInit, signedIn } from '../helpers/users';

const database = setupTestDatabase();
const db = () => database.current().db;

const banRoute = (id: number | string, cookie: string | undefined, body: unknown) =>
  callRoute(ban, `/api/moderation/users/${id}/ban`, { id: String(id) }, jsonInit('POST', cookie, body));
const roleRoute = (id: number | string, cookie: string | undefined, body: unknown) =>
  callRoute(putRole, `/api/users/${id}/role`, { id: String(id) }, jsonInit('PUT', cookie, body));
const patchMe = (cookie: string, body: unknown) => callRoute(patchAccount, '/api/account', {}, jsonInit('PATCH', cookie, body));
const lastAudit = async (targetId: number) =>
  (await db().select().from(s.moderationActions).where(eq(s.moderationActions.targetId, String(targetId))).orderBy(desc(s.moderationActions.id)).limit(1))[0];

describe('banning', () => {
  it('ends a banned reader’s sessions at once; signed in again, they can read but not write', async () => {
    const admin = await signedIn(db(), 'admin@meridian.example');
    const reader = await createUser(db(), 'reader');
    expect((await patchMe(reader.cookie, { name: 'Before ban' })).status).toBe(200);

    const res = await banRoute(reader.user.id, admin.cookie, { reason: 'Repeated abuse in threads' });
    expect(res.status).toBe(200);
    expect(res.json.user).toMatchObject({ status: 'banned', bannedUntil: null, banReason: 'Repeated abuse in threads' });

    expect((await patchMe(reader.cookie, { name: 'After ban' })).status).toBe(401); // the session ended with the ban
    const again = await signedIn(db(), reader.user.email);
    expect((await callRoute(getAccount, '/api/account', {}, jsonInit('GET', again.cookie))).status).toBe(200);
    const refused = await patchMe(again.cookie, { name: 'After ban' });
    expect(refused.status).toBe(403);
    const [row] = await db().select().from(s.users).where(eq(s.users.id, reader.user.id));
    expect(row?.name).toBe('Before ban');
    expect(await lastAudit(reader.user.id)).toMatchObject({ actorId: admin.user.id, action: 'user.ban', reason: 'Repeated abuse in threads', after: expect.objectContaining({ status: 'banned' }) });

    expect((await callRoute(unban, `/api/moderation/users/${reader.user.id}/ban`, { id: String(reader.user.id) }, jsonInit('DELETE', admin.cookie))).status).toBe(200);
    expect((await patchMe(again.cookie, { name: 'After unban' })).status).toBe(200);
    expect((await lastAudit(reader.user.id))?.action).toBe('user.unban');
  });

  it('suspends for a time, after which writes work again', async () => {
    const editor = await signedIn(db(), 'editor@meridian.example');
    const reader = await createUser(db(), 'reader');
    const res = await banRoute(reader.user.id, editor.cookie, { reason: 'Cooling off', hours: 24 });
    expect(Date.parse(res.json.user.bannedUntil)).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    const { cookie } = await signedIn(db(), reader.user.email);
    expect((await patchMe(cookie, { name: 'x y' })).status).toBe(403);
    await db().update(s.users).set({ bannedUntil: new Date(Date.now() - 1000) }).where(eq(s.users.id, reader.user.id));
    expect((await patchMe(cookie, { name: 'Back again' })).status).toBe(200);
  });

  it('can reject all of the commenter’s comments in the same step, keeping article counts exact', async () => {
    const admin = await signedIn(db(), 'admin@meridian.example');
    const [busiest] = await db()
      .select({ authorId: s.comments.authorId, n: sql<number>`count(*)::int` })
      .from(s.comments)
      .where(sql`${s.comments.status} in ('approved', 'pending') and ${s.comments.authorId} is not null`)
      .groupBy(s.comments.authorId)
      .orderBy(desc(sql`count(*)`))
      .limit(1);
    const res = await banRoute(busiest!.authorId!, admin.cookie, { reason: 'Spam network', hideComments: true });
    expect(res.status).toBe(200);
    const [left] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(s.comments)
      .where(and(eq(s.comments.authorId, busiest!.authorId!), eq(s.comments.status, 'approved')));
    expect(left!.n).toBe(0);
    await assertCountsMatchRows(db());
    expect((await lastAudit(busiest!.authorId!))?.after).toMatchObject({ commentsRejected: busiest!.n });
  });

  it('lets only admins ban staff, and nobody ban themselves', async () => {
    const editor = await signedIn(db(), 'editor@meridian.example');
    const otherEditor = await createUser(db(), 'editor');
    expect((await banRoute(otherEditor.user.id, editor.cookie, { reason: 'Not allowed' })).status).toBe(403);
    expect((await banRoute(editor.user.id, editor.cookie, { reason: 'Myself' })).status).toBe(403);
  });

  it.each([
    ['reader', 'reader@meridian.example'],
    ['author', 'ines@meridian.example'],
  ])('refuses a %s with 403', async (_role, email) => {
    const actor = await signedIn(db(), email);
    const victim = await createUser(db(), 'reader');
    expect((await banRoute(victim.user.id, actor.cookie, { reason: 'Trying it on' })).status).toBe(403);
    const [row] = await db().select().from(s.users).where(eq(s.users.id, victim.user.id));
    expect(row?.status).toBe('active');
  });

  it('answers 401 signed out, 404 for unknown ids and 400 naming bad fields', async () => {
    const admin = await signedIn(db(), 'admin@meridian.example');
    expect((await banRoute(1, undefined, { reason: 'x' })).status).toBe(401);
    expect((await banRoute(999999, admin.cookie, { reason: 'Nobody there' })).status).toBe(404);
    expect((await banRoute('abc', admin.cookie, { reason: 'Nobody there' })).status).toBe(404);
    const victim = await createUser(db(), 'reader');
    const bad = await banRoute(victim.user.id, admin.cookie, { reason: 'x'.repeat(501), hours: -3 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['hours', 'reason']);
  });
});

describe('roles', () => {
  it('admins change roles, audited with before and after', async () => {
    const admin = await signedIn(db(), 'admin@meridian.example');
    const reader = await createUser(db(), 'reader');
    const res = await roleRoute(reader.user.id, admin.cookie, { role: 'author', reason: 'Joined the desk' });
    expect(res.status).toBe(200);
    expect(res.json.user.role).toBe('author');
    expect(await lastAudit(reader.user.id)).toMatchObject({ action: 'user.role_change', before: { role: 'reader' }, after: { role: 'author' } });
  });

  it('a demoted editor loses editor powers on the next request', async () => {
    const admin = await signedIn(db(), 'admin@meridian.example');
    const editor = await createUser(db(), 'editor');
    const list = (cookie: string) => callRoute(listUsersRoute, '/api/users', {}, { headers: { cookie } });
    expect((await list(editor.cookie)).status).toBe(200);
    await roleRoute(editor.user.id, admin.cookie, { role: 'reader' });
    expect((await list(editor.cookie)).status).toBe(401); // the editor's session ended with the change
    expect((await list((await signedIn(db(), editor.user.email)).cookie)).status).toBe(403);
  });

  it('never removes the last admin', async () => {
    const admin = await signedIn(db(), 'admin@meridian.example');
    const res = await roleRoute(admin.user.id, admin.cookie, { role: 'editor' });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toContain('last admin');
    const [row] = await db().select().from(s.users).where(eq(s.users.id, admin.user.id));
    expect(row?.role).toBe('admin');
  });

  it('editors cannot change roles; bad roles are 400', async () => {
    const editor = await signedIn(db(), 'editor@meridian.example');
    const admin = await signedIn(db(), 'admin@meridian.example');
    const victim = await createUser(db(), 'reader');
    expect((await roleRoute(victim.user.id, editor.cookie, { role: 'admin' })).status).toBe(403);
    const bad = await roleRoute(victim.user.id, admin.cookie, { role: 'overlord' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields).toHaveProperty('role');
  });
});

describe('user list', () => {
  it('searches by name or email for staff, and treats SQL and wildcards as text', async () => {
    const editor = await signedIn(db(), 'editor@meridian.example');
    const get = (q: string) => callRoute(listUsersRoute, `/api/users?q=${encodeURIComponent(q)}`, {}, { headers: { cookie: editor.cookie } });
    const res = await get('ines');
    expect(res.json.users.map((u: { email: string }) => u.email)).toContain('ines@meridian.example');
    expect((await get("'; drop table users; --")).json.users).toEqual([]);
    expect((await get('%')).json.users).toEqual([]);
    expect((await get('x'.repeat(101))).status).toBe(400);
  });
});

describe('own account', () => {
  it('changes email and password only with the current password', async () => {
    const [user] = await db()
      .insert(s.users)
      .values({ email: `acct-${Date.now()}@example.org`, name: 'Acct Holder', passwordHash: await hashPassword(TEST_PASSWORD) })
      .returning();
    const { cookie } = await signedIn(db(), user!.email);
    expect((await patchMe(cookie, { email: 'new-address@example.org' })).json.error.fields).toHaveProperty('currentPassword');
    expect((await patchMe(cookie, { email: 'new-address@example.org', currentPassword: 'wrong' })).status).toBe(400);
    const moved = await patchMe(cookie, { email: 'New-Address@example.org', currentPassword: TEST_PASSWORD });
    expect(moved.json.account.email).toBe('new-address@example.org');
    expect((await patchMe(cookie, { email: 'admin@meridian.example', currentPassword: TEST_PASSWORD })).status).toBe(409);
    expect((await patchMe(cookie, { newPassword: 'qwertyuiop', currentPassword: TEST_PASSWORD })).json.error.fields).toHaveProperty('newPassword');
    const changed = await patchMe(cookie, { newPassword: 'a brand new passphrase', currentPassword: TEST_PASSWORD });
    expect(changed.status).toBe(200);
    const renewed = changed.headers.get('set-cookie')!.split(';')[0]!;
    expect((await patchMe(renewed, {})).status).toBe(400);
  });

  it('deletes the account; its comments stay, by "deleted user", and its session stops working', async () => {
    const [user] = await db()
      .insert(s.users)
      .values({ email: `leaving-${Date.now()}@example.org`, name: 'Leaving Soon', passwordHash: await hashPassword(TEST_PASSWORD) })
      .returning();
    const [article] = await db().select().from(s.articles).limit(1);
    const [comment] = await db().insert(s.comments).values({ articleId: article!.id, authorId: user!.id, body: 'My last word.' }).returning();
    const { cookie } = await signedIn(db(), user!.email);
    expect((await callRoute(deleteAccountRoute, '/api/account', {}, jsonInit('DELETE', cookie, { currentPassword: 'nope' }))).status).toBe(400);
    expect((await callRoute(deleteAccountRoute, '/api/account', {}, jsonInit('DELETE', cookie, { currentPassword: TEST_PASSWORD }))).status).toBe(204);
    const [kept] = await db().select().from(s.comments).where(eq(s.comments.id, comment!.id));
    expect(kept).toMatchObject({ body: 'My last word.', authorId: null });
    expect((await callRoute(getAccount, '/api/account', {}, { headers: { cookie } })).status).toBe(401);
  });
});

describe('adding someone', () => {
  const add = (cookie: string | undefined, body: unknown) => callRoute(createUserRoute, '/api/users', {}, jsonInit('POST', cookie, body));

  it('an admin adds a writer with a first password: they can sign in, have an author page, and it is audited', async () => {
    const admin = await createUser(db(), 'admin');
    const res = await add(admin.cookie, { name: 'Wren Talbot', email: 'Wren@Harbour.example', password: 'a long harbour passphrase', role: 'author' });
    expect(res.status).toBe(201);
    expect(res.json.user).toMatchObject({ name: 'Wren Talbot', email: 'wren@harbour.example', role: 'author', status: 'active' });
    expect(await authenticate({ email: 'wren@harbour.example', password: 'a long harbour passphrase' }, '192.0.2.9')).toMatchObject({ role: 'author' });
    const [profile] = await db().select().from(s.authorProfiles).where(eq(s.authorProfiles.userId, res.json.user.id));
    expect(profile).toMatchObject({ slug: 'wren-talbot', displayName: 'Wren Talbot' });
    const [entry] = await db().select().from(s.moderationActions).where(and(eq(s.moderationActions.action, 'user.create'), eq(s.moderationActions.actorId, admin.user.id)));
    expect(entry).toMatchObject({ targetId: String(res.json.user.id), after: { email: 'wren@harbour.example', role: 'author' } });
    expect(JSON.stringify(entry)).not.toContain('passphrase');
  });

  it('bad input is 400 with the field named; a taken address 409; editors 403; nothing stored', async () => {
    const admin = await createUser(db(), 'admin');
    const before = await db().$count(s.users);
    const good = { name: 'Someone', email: 'someone@harbour.example', password: 'a long harbour passphrase', role: 'author' };
    for (const [body, field] of [
      [{ ...good, email: 'not-an-email' }, 'email'],
      [{ ...good, password: 'password12' }, 'password'],
      [{ ...good, name: '<script>' }, 'name'],
      [{ ...good, role: 'owner' }, 'role'],
    ] as const) {
      const res = await add(admin.cookie, body);
      expect(res.status).toBe(400);
      expect(res.json.error.fields).toHaveProperty([field]);
    }
    expect((await add(admin.cookie, { ...good, email: 'reader@meridian.example' })).status).toBe(409);
    expect((await add((await createUser(db(), 'editor')).cookie, good)).status).toBe(403);
    expect(await db().$count(s.users)).toBe(before + 1); // only the editor made for the last call
  });

  it('gives an imported account (no password, no sign-in of its own) its first password: the same account, its comments still its own', async () => {
    const admin = await createUser(db(), 'admin');
    const [imported] = await db().insert(s.users).values({ email: 'pat@imported.example', name: 'Pat Imported', role: 'reader' }).returning();
    const [article] = await db().select({ id: s.articles.id }).from(s.articles).limit(1);
    await db().insert(s.comments).values({ articleId: article!.id, authorId: imported!.id, body: 'Written on the old site' });
    expect(await authenticate({ email: 'pat@imported.example', password: 'a long harbour passphrase' }, '192.0.2.10')).toBeNull();

    const res = await add(admin.cookie, { name: 'Pat Imported', email: 'pat@imported.example', password: 'a long harbour passphrase', role: 'author' });
    expect(res.status).toBe(201);
    expect(res.json.user).toMatchObject({ id: imported!.id, role: 'author' });
    expect(await authenticate({ email: 'pat@imported.example', password: 'a long harbour passphrase' }, '192.0.2.10')).toMatchObject({ id: imported!.id });
    expect(await db().$count(s.comments, eq(s.comments.authorId, imported!.id))).toBe(1);
    const [entry] = await db().select().from(s.moderationActions).where(and(eq(s.moderationActions.action, 'user.first-password'), eq(s.moderationActions.targetId, String(imported!.id))));
    expect(entry!.actorId).toBe(admin.user.id);

    // Once it has a password, it is an account like any other: taken.
    expect((await add(admin.cookie, { name: 'Someone Else', email: 'pat@imported.example', password: 'another long passphrase', role: 'admin' })).status).toBe(409);
  });
});
