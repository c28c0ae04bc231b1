import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { notificationKind, type NotificationKind } from '@/lib/db/schema/enums';
import { authSecret } from '@/lib/auth/secret';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { siteUrl } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { TOPICS } from './topics';

/**
 * Unsubscribe links work without signing in, for as long as the email is kept: the token is the person and
 * the topic, signed with the site's secret (nothing to store, nothing to expire; it does one thing only).
 */
const sign = (userId: number, kind: NotificationKind) =>
  createHmac('sha256', authSecret()).update(`unsubscribe:${userId}:${kind}`).digest('base64url').slice(0, 32);

export const unsubscribeToken = (userId: number, kind: NotificationKind) => `${userId}.${kind}.${sign(userId, kind)}`;

function readToken(token: unknown): { userId: number; kind: NotificationKind } | null {
  if (typeof token !== 'string' || token.length > 100) return null;
  const [id, kind, signature] = token.split('.');
  const userId = Number(id);
  if (!Number.isSafeInteger(userId) || userId <= 0 || !(notificationKind.enumValues as readonly string[]).includes(kind ?? '') || !signature) return null;
  const expected = Buffer.from(sign(userId, kind as NotificationKind));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { userId, kind: kind as NotificationKind } : null;
}

/** The page a reader opens from the email's footer, and the address mail programs POST to (RFC 8058). */
export function unsubscribeLinks(userId: number, kind: NotificationKind) {
  const token = encodeURIComponent(unsubscribeToken(userId, kind));
  return {
    page: `${siteUrl}/unsubscribe?token=${token}`,
    headers: {
      'List-Unsubscribe': `<${siteUrl}/api/unsubscribe?token=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

/** What a token would switch off, for the page that asks "Stop these emails?". Null for a bad token. */
export function describeUnsubscribe(token: unknown): { label: string } | null {
  const read = readToken(token);
  return read ? { label: TOPICS[read.kind].label } : null;
}

/** Switches the topic off for the token's person. Repeating it is harmless; an unknown person is fine too. */
export async function unsubscribe(token: unknown): Promise<{ label: string }> {
  const read = readToken(token);
  if (!read) throw new AppError('invalid_input', 'This unsubscribe link is not valid. Change your emails on your account page instead.', { token: 'Not a valid link' });
  const db = await getDb();
  await db.update(users).set({ [TOPICS[read.kind].column]: false, updatedAt: new Date() }).where(eq(users.id, read.userId));
  expireTags([cacheTags.user(read.userId)]);
  return { label: TOPICS[read.kind].label };
}
