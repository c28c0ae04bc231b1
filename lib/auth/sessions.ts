import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import { encode, getToken, type JWT } from 'next-auth/jwt';
import { getDb, type Db, type Tx } from '@/lib/db/client';
import { revokedSessions, users } from '@/lib/db/schema';
import { cachedRead } from '@/lib/cache/cached';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { authSecret } from './secret';

/**
 * Sessions are signed tokens (next-auth JWTs) that the server can still end. Each carries an id (`sid`) and the
 * user's session version at sign-in (`sv`): signing out refuses that id from then on; a password change, a ban,
 * a role change or "sign out everywhere" raises the version, which ends every session signed in before it.
 */

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;
const COOKIE = 'next-auth.session-token';
/** Over HTTPS next-auth names the cookie with the `__Secure-` prefix (the browser then insists on Secure). */
const SECURE_COOKIE = `__Secure-${COOKIE}`;

export type SessionClaims = { uid: number; sv: number; sid: string; exp: number; cookieName: string; token: JWT };

/** The claims a new session starts with, for the user signing in now. */
export async function newSessionClaims(userId: number): Promise<{ sid: string; sv: number }> {
  const db = await getDb();
  const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return { sid: randomUUID(), sv: row?.sv ?? 0 };
}

function cookiesOf(request: Request): Record<string, string> {
  const header = request.headers.get('cookie');
  if (!header) return {};
  return Object.fromEntries(
    header.split(';').flatMap((part) => {
      const at = part.indexOf('=');
      return at > 0 ? [[part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim())]] : [];
    }),
  );
}

/** The request's session, if its cookie holds a valid token of ours (either cookie name). */
export async function sessionFromRequest(request: Request): Promise<SessionClaims | null> {
  const cookies = cookiesOf(request);
  const req = { headers: Object.fromEntries(request.headers), cookies } as unknown as Parameters<typeof getToken>[0]['req'];
  for (const [secureCookie, cookieName] of [[true, SECURE_COOKIE], [false, COOKIE]] as const) {
    if (!cookies[cookieName]) continue;
    const token = await getToken({ req, secret: authSecret(), secureCookie });
    // Tokens from before sessions could be ended carry no id: they are not accepted.
    if (typeof token?.uid === 'number' && typeof token.sid === 'string' && typeof token.sv === 'number') {
      return { uid: token.uid, sv: token.sv, sid: token.sid, exp: Number(token.exp ?? 0), cookieName, token };
    }
  }
  return null;
}

async function readSessionEnded(sid: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ sid: revokedSessions.sessionId }).from(revokedSessions).where(eq(revokedSessions.sessionId, sid));
  return Boolean(row);
}
const cachedSessionEnded = cachedRead('session-ended', readSessionEnded, (sid) => [cacheTags.session(sid)]);

/** Whether this session was signed out; writes ask the database, reads a cache that signing out expires. */
export function isSessionEnded(sid: string, fresh: boolean): Promise<boolean> {
  return fresh ? readSessionEnded(sid) : cachedSessionEnded(sid);
}

/** Ends one session (signing out): its token is refused until it would have expired anyway. */
export async function endSession(token: Record<string, unknown>): Promise<void> {
  if (typeof token.sid !== 'string' || typeof token.uid !== 'number') return;
  const db = await getDb();
  const expiresAt = new Date(typeof token.exp === 'number' ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE * 1000);
  await db.transaction(async (tx) => {
    await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date())); // keep the list short
    await tx.insert(revokedSessions).values({ sessionId: token.sid as string, userId: token.uid as number, expiresAt }).onConflictDoNothing();
  });
  expireTags([cacheTags.session(token.sid)]);
}

/**
 * Ends every session of `userId` by raising their session version, inside the caller's transaction; the caller
 * expires `user:ID` once it commits. Returns the new version.
 */
export async function endAllSessions(tx: Tx | Db, userId: number): Promise<number> {
  const [row] = await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sv: users.sessionVersion });
  return row?.sv ?? 0;
}

/**
 * A fresh cookie for the request's own session at session version `sv`: after a password change every other
 * session ends, and this one, which made the change, goes on. Null when the request has no session.
 */
export async function renewedSessionCookie(request: Request, sv: number): Promise<string | null> {
  const session = await sessionFromRequest(request);
  if (!session) return null;
  const value = await encode({ token: { ...session.token, sv }, secret: authSecret(), maxAge: SESSION_MAX_AGE });
  const secure = session.cookieName === SECURE_COOKIE ? '; Secure' : '';
  return `${session.cookieName}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_MAX_AGE}${secure}`;
}

/** Clears the request's session cookie (both names), after "sign out everywhere". */
export function clearedSessionCookies(): string[] {
  return [`${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`, `${SECURE_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure`];
}
