import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

/**
 * Links that must work without signing in and without a stored token (unsubscribe, confirm a subscription):
 * the parts they stand for, joined by dots, and an HMAC of them with the site's secret. Nothing is secret in
 * the parts; the signature is what cannot be made up.
 */
const sign = (purpose: string, parts: string[]) => createHmac('sha256', authSecret()).update(`${purpose}:${parts.join(':')}`).digest('base64url').slice(0, 32);

export const signedToken = (purpose: string, parts: (string | number)[]) => [...parts.map(String), sign(purpose, parts.map(String))].join('.');

/** The parts of a token made for `purpose` with `count` parts, or null when it was not (tampered, other purpose). */
export function readSignedToken(purpose: string, token: unknown, count: number): string[] | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const pieces = token.split('.');
  if (pieces.length !== count + 1) return null;
  const parts = pieces.slice(0, count);
  const expected = Buffer.from(sign(purpose, parts));
  const given = Buffer.from(pieces[count]!);
  return given.length === expected.length && timingSafeEqual(given, expected) ? parts : null;
}
