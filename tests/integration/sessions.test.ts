import { describe, expect, it } from 'vitest';
import { GET as getAccount, PATCH as patchAccount } from '@/app/api/account/route';
import { DELETE as signOutEverywhere } from '@/app/api/account/sessions/route';
import { POST as postComment } from '@/app/api/articles/[slug]/comments/route';
import { POST as ban } from '@/app/api/moderation/users/[id]/ban/route';
import { PUT as putRole } from '@/app/api/users/[id]/role/route';
import { hashPassword } from '@/lib/auth/password';
import { endSession, sessionFromRequest } from '@/lib/auth/sessions';
import { encode } from 'next-auth/jwt';
import { authSecret } from '@/lib/auth/secret';
import { callRoute } from '../helpers/http';
import { sessionCookie } from '../helpers/session';
import { setupTestDatabase } from '../helpers/test-database';
import { createUser, jsonInit } from '../helpers/users';

/** Sessions the server can end: the review found a saved cookie still worked after sign-out and a password change. */
const database = setupTestDatabase();
const db = () => database.current().db;

const ARTICLE = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';
const me = (cookie: string) => callRoute(getAccount, '/api/account', {}, jsonInit('GET', cookie));
const comment = (cookie: string) => callRoute(postComment, `/api/articles/${ARTICLE}/comments`, { slug: ARTICLE }, jsonInit('POST', cookie, { body: `Still here? ${Math.random()}` }));
const claimsOf = async (cookie: string) => (await sessionFromRequest(new Request('http://localhost/', { headers: { cookie } })))!;
const cookieFrom = (setCookie: string) => setCookie.split(';')[0]!;

describe('sessions that end', () => {
  it('signing out ends that session only: a saved copy of its cookie is refused, other sessions go on', async () => {
    const { user, cookie } = await createUser(db(), 'reader');
    const other = await sessionCookie(user.id, 'reader');
    expect((await me(cookie)).status).toBe(200);
    await endSession((await claimsOf(cookie)).token); // what next-auth's sign-out event does
    expect((await me(cookie)).status).toBe(401);
    expect((await comment(cookie)).status).toBe(401);
    expect((await me(other)).status).toBe(200);
  });

  it('a password change ends every other session; the one that made it goes on with a renewed cookie', async () => {
    const { user, cookie } = await createUser(db(), 'reader', { passwordHash: await hashPassword('the old long password') });
    const laptop = await sessionCookie(user.id, 'reader');
    const res = await callRoute(patchAccount, '/api/account', {}, jsonInit('PATCH', cookie, { currentPassword: 'the old long password', newPassword: 'a brand new long password' }));
    expect(res.status).toBe(200);
    const renewed = res.headers.get('set-cookie')!;
    expect(renewed).toMatch(/^next-auth\.session-token=.+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    expect((await me(laptop)).status).toBe(401);
    expect((await me(cookie)).status).toBe(401); // the old cookie of this very session is stale too
    expect((await me(cookieFrom(renewed))).status).toBe(200);
    expect((await comment(cookieFrom(renewed))).status).toBe(201);
  });

  it('a ban and a role change end the person’s sessions on their next request', async () => {
    const admin = await createUser(db(), 'admin');
    const banned = await createUser(db(), 'reader');
    const res = await callRoute(ban, '/x', { id: String(banned.user.id) }, jsonInit('POST', admin.cookie, { reason: 'Repeated abuse' }));
    expect(res.status).toBe(200);
    expect((await me(banned.cookie)).status).toBe(401);
    expect((await comment(banned.cookie)).status).toBe(401);

    const editor = await createUser(db(), 'editor');
    expect((await callRoute(putRole, '/x', { id: String(editor.user.id) }, jsonInit('PUT', admin.cookie, { role: 'reader' }))).status).toBe(200);
    expect((await me(editor.cookie)).status).toBe(401);
    expect((await me(admin.cookie)).status).toBe(200); // the admin's own session is untouched
  });

  it('"sign out everywhere" ends every session, this one included, and clears its cookie', async () => {
    const { user, cookie } = await createUser(db(), 'author');
    const phone = await sessionCookie(user.id, 'author');
    const res = await callRoute(signOutEverywhere, '/api/account/sessions', {}, jsonInit('DELETE', cookie));
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toContain('next-auth.session-token=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
    expect((await me(cookie)).status).toBe(401);
    expect((await me(phone)).status).toBe(401);
    expect((await callRoute(signOutEverywhere, '/api/account/sessions', {}, jsonInit('DELETE', undefined))).status).toBe(401);
  });

  it('a token without a session id (from before sessions could end) is no session', async () => {
    const { user } = await createUser(db(), 'reader');
    const token = await encode({ token: { uid: user.id, role: 'reader', sub: String(user.id) }, secret: authSecret() });
    expect((await me(`next-auth.session-token=${token}`)).status).toBe(401);
  });
});
