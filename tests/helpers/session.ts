import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { authSecret } from '@/lib/auth/secret';

/**
 * A session cookie as next-auth would set it after signing in user `uid` (its role in the token is only a hint):
 * a session of its own (`sid`), signed in under session version `sv` (0 until the user's sessions are ended).
 */
export async function sessionCookie(uid: number, role = 'reader', sv = 0): Promise<string> {
  const token = await encode({ token: { uid, role, sub: String(uid), sid: randomUUID(), sv }, secret: authSecret() });
  return `next-auth.session-token=${token}`;
}
