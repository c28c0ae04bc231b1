import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { banInForce } from '@/lib/auth/ban';
import { hashPassword } from '@/lib/auth/password';
import { endAllSessions } from '@/lib/auth/sessions';
import { expireTags } from '@/lib/cache/expire';
import { cacheTags } from '@/lib/cache/tags';
import { siteUrl } from '@/lib/env';
import { AppError } from '@/lib/http/errors';
import { parseOrThrow } from '@/lib/validation/parse';
import { composeEmail } from '@/lib/mail/compose';
import { mailEnabled } from '@/lib/mail/mail-config';
import { enqueueMail } from '@/lib/mail/outbox';
import { consume, consumeAll } from '@/lib/rate-limit/limiter';
import { runInBackground } from '@/lib/server/background';
import { readSiteSettings } from '@/lib/settings/site-settings';
import { issueAccountToken, redeemAccountToken } from './account-tokens';
import { emailSchema, passwordSchema } from './schemas';

const noMail = () =>
  new AppError('unavailable', 'This site cannot send email, so a password cannot be reset by email. Ask the publication’s editors for help.');

/**
 * "Forgot password?": answers the same, at once, whoever the address belongs to (no one learns who has an
 * account here, not even from the time it takes): the lookup and the email happen after the answer.
 */
export async function requestPasswordReset(input: unknown, ip: string): Promise<void> {
  if (!mailEnabled()) throw noMail();
  const { email } = parseOrThrow(z.object({ email: emailSchema }), input);
  await consumeAll([
    ['passwordResetsPerIp', ip],
    ['passwordResetsPerAddress', email],
  ]);
  runInBackground('password reset', () => sendResetLink(email));
}

/** Writes the reset email for an active account with this address; a banned or unknown one gets nothing. */
async function sendResetLink(email: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email));
    if (!user || banInForce(user)) return;
    const token = await issueAccountToken(tx, user.id, 'password_reset', user.email);
    const { publicationName } = await readSiteSettings(tx);
    const subject = `Reset your password for ${publicationName}`;
    await enqueueMail(tx, {
      kind: 'password_reset',
      to: user.email,
      subject,
      ...composeEmail({
        heading: subject,
        paragraphs: [
          `Someone (we hope you) asked to reset the password of the account ${user.email}.`,
          'Open this link to choose a new one. It works once, within the hour; every device signed in to your account is then signed out.',
        ],
        button: { label: 'Choose a new password', url: `${siteUrl}/reset-password?token=${token}` },
        footer: ['If you did not ask for this, ignore this email: your password stays as it is.'],
      }),
    });
  });
}

const confirmSchema = z.object({
  token: z.string({ error: 'The link is missing its token' }).max(200, 'This link is not valid'),
  password: passwordSchema,
});

/**
 * Sets the new password from a reset link: once, within the hour, for an account that is not banned. Every
 * session of the account ends; the link proved the address, so it counts as verified.
 */
export async function confirmPasswordReset(input: unknown, ip: string): Promise<{ email: string }> {
  const { token, password } = parseOrThrow(confirmSchema, input);
  await consume('resetAttemptsPerIp', ip);
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  const user = await db.transaction(async (tx) => {
    const proof = await redeemAccountToken(tx, token, 'password_reset');
    const [found] = await tx.select().from(users).where(eq(users.id, proof.userId)).for('update');
    if (!found || found.email !== proof.email) throw new AppError('invalid_input', 'This link is for an address the account no longer uses. Ask for a new one.', { fields: { token: 'Out of date' } });
    if (banInForce(found)) throw new AppError('forbidden', 'This account is suspended, so its password cannot be reset.');
    await tx
      .update(users)
      .set({ passwordHash, emailVerified: found.emailVerified ?? new Date(), updatedAt: new Date() })
      .where(eq(users.id, found.id));
    await endAllSessions(tx, found.id);
    return found;
  });
  expireTags([cacheTags.user(user.id)]);
  return { email: user.email };
}
