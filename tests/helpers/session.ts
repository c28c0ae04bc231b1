import { encode } from 'next-auth/jwt';
import { authSecret } from '@/lib/auth/secret';

/** A session cookie as next-auth would set it after signing in user `uid` (its role in the token is only a hint). */
export async function sessionCookie(uid: number, role = 'reader'): Promise<string> {
  const token = await encode({ token: { uid, role, sub: String(uid) }, secret: authSecret() });
  return `next-auth.session-token=${token}`;
}
