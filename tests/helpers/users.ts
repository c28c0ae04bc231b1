import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import * as s from '@/lib/db/schema';
import { sessionCookie } from './session';

/** The id and a signed-in cookie for a seeded or created user, by email. */
export async function signedIn(db: Db, email: string) {
  const [user] = await db.select().from(s.users).where(eq(s.users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  return { user, cookie: await sessionCookie(user.id, user.role, user.sessionVersion) };
}

let n = 0;
/** A fresh user with the given role (no password: made for authorization tests). */
export async function createUser(db: Db, role: s.UserRole = 'reader', over: Partial<typeof s.users.$inferInsert> = {}) {
  n++;
  const [user] = await db
    .insert(s.users)
    .values({ email: `user-${n}-${Date.now()}@example.org`, name: `Test ${role} ${n}`, role, ...over })
    .returning();
  return { user: user!, cookie: await sessionCookie(user!.id, user!.role) };
}

export function jsonInit(method: string, cookie: string | undefined, body?: unknown): RequestInit {
  return {
    method,
    headers: { ...(cookie && { cookie }), ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  };
}
