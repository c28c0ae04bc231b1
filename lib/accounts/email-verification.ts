import 'server-only';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Db, type Tx } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { assertCan, type Actor } from '@/lib/auth/actor';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { siteUrl } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { composeEmail } from '@/lib/mail/compose';
import { mailEnabled } from '@/lib/mail/mail-config';
import { enqueueMail } from '@/lib/mail/outbox';
import { consume } from '@/lib/rate-limit/limiter';
import { readSiteSettings } from '@/lib/settings/site-settings';
import { issueAccountToken, redeemAccountToken } from './account-tokens';

export const addressTaken = () => new AppError('conflict', 'Another account uses this email.', { fields: { email: 'Another account uses this email' } });

/**
 * Sends a link that proves `email` is the person's: their new account's address, or the one they are changing
 * to (which takes effect only when the link is opened). In the caller's transaction.
 */
export async function sendAddressCheck(tx: Db | Tx, user: { id: number; email: string }, email: string): Promise<void> {
  const token = await issueAccountToken(tx, user.id, 'verify_email', email);
  const { publicationName } = await readSiteSettings(tx);
  const change = email !== user.email;
  const subject = change ? `Confirm your new email address for ${publicationName}` : `Confirm your email address for ${publicationName}`;
  await enqueueMail(tx, {
    kind: 'verify_email',
    to: email,
    subject,
    ...composeEmail({
      heading: subject,
      paragraphs: change
        ? [`You asked to change the address of your account from ${user.email} to ${email}.`, 'Open this link to confirm it: the change happens then. The link works for a week.']
        : ['Open this link to confirm that this address is yours. The link works for a week.'],
      button: { label: 'Confirm my address', url: `${siteUrl}/verify-email?token=${token}` },
      footer: ['If you did not ask for this, ignore this email.'],
    }),
  });
}

/**
 * Opens a verification link: the address is proven. For a change of address it becomes the account's now,
 * unless another account took it meanwhile (409). Nothing held is released: new comments simply are not held.
 */
export async function confirmEmailAddress(input: unknown): Promise<{ email: string; changed: boolean }> {
  const { token } = parseOrThrow(z.object({ token: z.string({ error: 'The link is missing its token' }).max(200, 'This link is not valid') }), input);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const proof = await redeemAccountToken(tx, token, 'verify_email');
    const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, proof.userId)).for('update');
    if (!user) throw new AppError('invalid_input', 'This link is not valid.', { fields: { token: 'Not valid' } });
    const changed = user.email !== proof.email;
    if (changed) {
      const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.email, proof.email), ne(users.id, user.id)));
      if (taken) throw addressTaken();
    }
    await tx.update(users).set({ email: proof.email, emailVerified: new Date(), updatedAt: new Date() }).where(eq(users.id, user.id));
    return { id: user.id, email: proof.email, changed };
  });
  expireTags([cacheTags.user(result.id)]);
  return { email: result.email, changed: result.changed };
}

/** "Send the link again" on /account, for an address not yet proven. */
export async function resendAddressCheck(actor: Actor): Promise<void> {
  assertCan(actor, 'account:edit', true);
  if (!mailEnabled()) throw new AppError('unavailable', 'This site cannot send email.');
  if (actor.emailVerified) throw new AppError('conflict', 'Your email address is already confirmed.');
  await consume('verificationEmailsPerUser', String(actor.id));
  const db = await getDb();
  await db.transaction((tx) => sendAddressCheck(tx, actor, actor.email));
}

/** An identity provider that proves addresses (Google) vouched for this account's. */
export async function markAddressVouched(userId: number): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ emailVerified: new Date() }).where(and(eq(users.id, userId), isNull(users.emailVerified)));
  expireTags([cacheTags.user(userId)]);
}
