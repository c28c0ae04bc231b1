import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { newsletters, newsletterSubscriptions, users } from '@/lib/db/schema';
import { notificationKind, type NotificationKind } from '@/lib/db/schema/enums';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { siteUrl } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { TOPICS } from '@/lib/notifications/topics';
import { readSignedToken, signedToken } from './signed-token';

/**
 * Unsubscribe links work without signing in, for as long as the email is kept: the token names what it stops
 * (a person's notifications of one kind, or one newsletter subscription), signed with the site's secret.
 */
type Target = { kind: NotificationKind; userId: number } | { kind: 'newsletter'; subscriptionId: number };
const KINDS: readonly string[] = [...notificationKind.enumValues, 'newsletter'];

const tokenFor = (target: Target) => signedToken('unsubscribe', [target.kind === 'newsletter' ? target.subscriptionId : target.userId, target.kind]);

function readToken(token: unknown): Target | null {
  const parts = readSignedToken('unsubscribe', token, 2);
  if (!parts) return null;
  const [id, kind] = parts as [string, string];
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0 || !KINDS.includes(kind)) return null;
  return kind === 'newsletter' ? { kind, subscriptionId: n } : { kind: kind as NotificationKind, userId: n };
}

/** The page a reader opens from the email's footer, and the address mail programs POST to (RFC 8058). */
export function unsubscribeLinks(target: Target) {
  const token = encodeURIComponent(tokenFor(target));
  return {
    page: `${siteUrl}/unsubscribe?token=${token}`,
    headers: {
      'List-Unsubscribe': `<${siteUrl}/api/unsubscribe?token=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

async function labelOf(target: Target): Promise<string | null> {
  if (target.kind !== 'newsletter') return TOPICS[target.kind].label;
  const db = await getDb();
  const [row] = await db
    .select({ name: newsletters.name })
    .from(newsletterSubscriptions)
    .innerJoin(newsletters, eq(newsletters.id, newsletterSubscriptions.newsletterId))
    .where(eq(newsletterSubscriptions.id, target.subscriptionId));
  return row ? `the newsletter ${row.name}` : null;
}

/** What a token would switch off, for the page that asks "Stop these emails?". Null for a bad token. */
export async function describeUnsubscribe(token: unknown): Promise<{ label: string } | null> {
  const target = readToken(token);
  const label = target && (await labelOf(target));
  return label ? { label } : null;
}

const invalid = () => new AppError('invalid_input', 'This unsubscribe link is not valid. Change your emails on your account page instead.', { fields: { token: 'Not a valid link' } });

/** Stops what the token names. Repeating it is harmless; a subscription deleted since is fine too. */
export async function unsubscribe(token: unknown): Promise<{ label: string }> {
  const target = readToken(token);
  if (!target) throw invalid();
  const label = (await labelOf(target)) ?? 'this list';
  const db = await getDb();
  if (target.kind === 'newsletter') {
    await db
      .update(newsletterSubscriptions)
      .set({ status: 'unsubscribed', unsubscribedAt: new Date() })
      .where(and(eq(newsletterSubscriptions.id, target.subscriptionId), ne(newsletterSubscriptions.status, 'unsubscribed')));
  } else {
    await db.update(users).set({ [TOPICS[target.kind].column]: false, updatedAt: new Date() }).where(eq(users.id, target.userId));
    expireTags([cacheTags.user(target.userId)]);
  }
  return { label };
}
