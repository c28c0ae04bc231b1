import 'server-only';
import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import type { UserRole } from '@/lib/db/schema/enums';
import { AppError } from '@/lib/http/errors';
import { cachedRead } from '@/lib/cache/cached';
import { cacheTags } from '@/lib/cache/tags';
import { isSessionEnded, sessionFromRequest } from './sessions';
import { banInForce } from './ban';
import { can, type Action } from './permissions';

/** `emailVerified`: the address was proven (a link opened, or vouched for by whoever made the account). */
export type Actor = { id: number; name: string; email: string; role: UserRole; banned: boolean; emailVerified: boolean };

type ActorRow = { id: number; name: string; email: string; role: UserRole; status: 'active' | 'banned'; bannedUntil: string | null; sessionVersion: number; emailVerified: boolean };

async function readActorRow(id: number): Promise<ActorRow | null> {
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, status: users.status, bannedUntil: users.bannedUntil, sessionVersion: users.sessionVersion, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, id));
  return user ? { ...user, bannedUntil: user.bannedUntil?.toISOString() ?? null, emailVerified: user.emailVerified !== null } : null;
}

/**
 * The same row for reads, cached until a service changes the user (tag `user:ID`: role, ban, unban, name,
 * email, deletion, session version). With several processes and no shared cache it may lag by at most a minute, so only reads
 * use it; every write re-reads the database.
 */
const cachedActorRow = cachedRead('actor', readActorRow, (id) => [cacheTags.user(id)], 60);

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The signed-in user as the database has them now: role and ban status are re-read on every write (and on
 * reads, from a cache their changes expire), never taken from the session token, so a ban or demotion applies
 * to the very next request. A session that was signed out, or signed in before the user's sessions were ended
 * (its version is older), is no session at all.
 */
export async function currentActor(request: Request, { fresh = !SAFE_METHODS.has(request.method) } = {}): Promise<Actor | null> {
  const session = await sessionFromRequest(request);
  if (!session) return null;
  const user = fresh ? await readActorRow(session.uid) : await cachedActorRow(session.uid);
  if (!user || user.sessionVersion !== session.sv || (await isSessionEnded(session.sid, fresh))) return null;
  const banned = banInForce(user);
  return { id: user.id, name: user.name, email: user.email, role: user.role, banned, emailVerified: user.emailVerified };
}

/** `fresh` re-reads the user even on a GET: a download of everything must not trust a cached role. */
export async function requireActor(request: Request, options?: { fresh?: boolean }): Promise<Actor> {
  const actor = await currentActor(request, options);
  if (!actor) throw new AppError('unauthorized', 'Sign in to continue.');
  return actor;
}

/** The check every write makes: signed in, not banned, and allowed by the permission table. */
export function assertCan(actor: Actor, action: Action, owned = false): void {
  if (actor.banned) throw new AppError('forbidden', 'Your account is suspended, so you cannot do this.');
  if (!can(actor.role, action, owned)) throw new AppError('forbidden', 'Your role does not allow this.');
}

/** The actor for a server-rendered page (pages have headers, not a Request); such pages render per request. */
export async function pageActor(): Promise<Actor | null> {
  // Fresh: pages are not the hot path, and server actions (writes) take their actor from here too.
  return currentActor(new Request('http://page.invalid/', { headers: await headers() }), { fresh: true });
}

/** The actor for a page that needs one; signed-out visitors are sent to sign in and come back to `path`. */
export async function requirePageActor(path: string): Promise<Actor> {
  const actor = await pageActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return actor;
}
